package io.factwire.ingest.input;

/**
 * Decides whether the first line of a plain-text article is its headline. Headlines are short and do not end
 * like a sentence; a first line that is a whole paragraph, or a photo caption running on past the length of a
 * headline, stays part of the body.
 */
public final class TitleDetector {

    /** Longer than the longest headlines seen in real news corpora (typically well under 120 characters). */
    static final int MAX_TITLE_CHARS = 150;

    private static final String CLOSING_MARKS = "\"'”’»)]";
    private static final String SENTENCE_ENDINGS = ".,;:";

    private TitleDetector() {
    }

    /** True when {@code line} reads like a title: non-blank, short, not ending with a period (or , ; :). */
    public static boolean looksLikeTitle(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_TITLE_CHARS) {
            return false;
        }
        int end = text.length();
        // A period hidden behind closing quotes or brackets still ends a sentence: ... he said."
        while (end > 0 && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDINGS.indexOf(text.charAt(end - 1)) < 0 && text.charAt(end - 1) != '…';
    }
}
