package io.factwire.extractor.grammar;

import java.time.LocalDate;

/**
 * Whether a sentence's figures belong to an earlier event: it names a year other than the article's ("the 2004
 * tsunami killed 170,000", "In 1985 ...") or says "last year", "years ago". Without a publication date any year
 * marks the sentence as background.
 */
final class Background {
    private Background() {
    }

    static boolean of(Sentence s, LocalDate published) {
        for (int k = 0; k < s.size; k++) {
            if (s.isNumber(k)) {
                String n = s.norm(k);
                if (n.length() == 4 && n.charAt(0) >= '1' && n.charAt(0) <= '2') {
                    int year = Integer.parseInt(n);
                    if (year >= 1900 && year <= 2099 && (published == null || year != published.getYear())
                            && !s.word(k + 1).isPerson()) {
                        return true;
                    }
                }
            } else if (s.is(k, "last") && s.is(k + 1, "year")
                    || (s.is(k, "years") || s.is(k, "decades")) && s.is(k + 1, "ago")) {
                return true;
            }
        }
        return false;
    }
}
