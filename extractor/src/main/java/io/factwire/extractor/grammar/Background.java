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
                int year = year(s.norm(k));
                if (year > 0 && (published == null || year != published.getYear()) && !s.word(k + 1).isPerson()) {
                    return true;
                }
            } else if (s.is(k, "last") && s.is(k + 1, "year")
                    || (s.is(k, "years") || s.is(k, "decades")) && s.is(k + 1, "ago")) {
                return true;
            }
        }
        return false;
    }

    /** The year a token spells ("2004"), or 0 when it is no year from 1900 to 2099. */
    static int year(String digits) {
        if (digits.length() != 4) {
            return 0;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            year = year * 10 + (c - '0');
        }
        return year >= 1900 && year <= 2099 ? year : 0;
    }
}
