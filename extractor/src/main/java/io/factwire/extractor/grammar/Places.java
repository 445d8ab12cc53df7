package io.factwire.extractor.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence says something happened: the first capitalized name after "in", "near", "at", "outside" or
 * "off" ("in Almaty", "near Padang city" gives "Padang"), else the article's dateline ("ALMATY (Reuters) -").
 */
final class Places {
    /** An all-capitals place, optional state or agency, then a dash, at the start of the body. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\s*([A-Z][A-Z'.\\- ]{1,40}[A-Z.])" // the place, in capitals
                    + "(?:,\\s*[A-Z][A-Za-z.]{1,15})?" // a state: "BLOOMINGTON, Minn."
                    + "\\s*(?:\\([A-Za-z .]{1,30}\\))?" // the agency: "(Reuters)"
                    + "\\s*[-\u2013\u2014]");
    private static final int MAX_PLACE_TOKENS = 4;

    private Places() {
    }

    /** The dateline place at the start of {@code body}, or null. */
    static String dateline(String body) {
        Matcher m = DATELINE.matcher(body.length() > 120 ? body.substring(0, 120) : body);
        return m.find() ? m.group(1).strip() : null;
    }

    static String find(Sentence s, CharSequence text) {
        for (int k = 0; k + 1 < s.size; k++) {
            String w = s.norm(k);
            boolean preposition = w.equals("in") || w.equals("near") || w.equals("at") || w.equals("outside")
                    || w.equals("off");
            if (!preposition || !isPlaceWord(s, k + 1)) {
                continue;
            }
            int end = k + 1;
            while (end < s.size && end - k <= MAX_PLACE_TOKENS && (isPlaceWord(s, end) || s.attachedHyphen(end))) {
                end++;
            }
            return text.subSequence(s.token(k + 1).start(), s.token(end - 1).end()).toString();
        }
        return null;
    }

    private static boolean isPlaceWord(Sentence s, int k) {
        Word w = s.word(k);
        return s.capitalized(k) && !w.has(Word.CALENDAR) && !w.has(Word.DET) && !w.isPerson() && !w.isOutcome()
                && w.numberKind == null && !w.has(Word.PRONOUN) && !w.has(Word.TITLE);
    }
}
