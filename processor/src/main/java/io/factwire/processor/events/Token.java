package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word or a figure of an article, with what the feature extractor needs to know about its place in the sentence.
 *
 * @param text          as written (figures without their currency sign and thousands separators)
 * @param word          a word rather than a figure
 * @param sentenceStart first of its sentence, headline line or quotation
 * @param possessive    written with a trailing 's
 * @param endsClause    followed by punctuation: a name phrase ends here
 * @param key           lower case: how features are keyed
 */
record Token(String text, boolean word, boolean sentenceStart, boolean possessive, boolean endsClause, String key) {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Lt|Sgt|Gen|Col|Capt|Jr|No)|\\b\\p{Lu})\\.$");

    /** As written, for labels. */
    String display() {
        return text;
    }

    /**
     * The tokens of the text: figures ({@code [$€£]?\d+(?:[.,]\d+)*(?:st|nd|rd|th)?}, ASCII digits) and words (a
     * letter, or a run of letters, apostrophes, dots and hyphens from a letter to its last letter), scanned by hand:
     * as the regular expression's matches, found with {@code Matcher.find}, they took half of the feature extraction.
     */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = figureEnd(text, at);
            if (end < 0) end = wordEnd(text, at);
            if (end < 0) {
                at += Character.charCount(text.codePointAt(at));
                continue;
            }
            String raw = text.substring(at, end);
            boolean word = Character.isLetter(raw.charAt(0));
            boolean possessive = word && (raw.endsWith("'s") || raw.endsWith("’s"));
            String clean = possessive ? raw.substring(0, raw.length() - 2) : raw;
            clean = word ? stripDots(clean.replace('’', '\'')) : withoutFigureMarks(clean);
            if (!clean.isEmpty()) {
                // Keyed once here: the extractor reads a token's key several times.
                tokens.add(new Token(clean, word, startsSentence(text, at), possessive, endsClause(text, end),
                        clean.toLowerCase(Locale.ROOT)));
            }
            at = end;
        }
        return tokens;
    }

    /** The end of the figure that starts at {@code at}, or -1 when none does. */
    private static int figureEnd(String text, int at) {
        int length = text.length();
        int end = at;
        char first = text.charAt(end);
        if (first == '$' || first == '€' || first == '£') end++;
        if (end >= length || !isDigit(text.charAt(end))) return -1;
        end = digitsEnd(text, end);
        while (end + 1 < length && (text.charAt(end) == '.' || text.charAt(end) == ',') && isDigit(text.charAt(end + 1))) {
            end = digitsEnd(text, end + 1);
        }
        if (end + 1 < length && isOrdinalSuffix(text.charAt(end), text.charAt(end + 1))) end += 2;
        return end;
    }

    /** The end of the word that starts at {@code at}, or -1 when none does. */
    private static int wordEnd(String text, int at) {
        int first = text.codePointAt(at);
        if (!Character.isLetter(first)) return -1;
        int end = at + Character.charCount(first);
        int lastLetterEnd = end;
        while (end < text.length()) {
            int next = text.codePointAt(end);
            boolean letter = Character.isLetter(next);
            if (!letter && next != '\'' && next != '’' && next != '.' && next != '-') break;
            end += Character.charCount(next);
            if (letter) lastLetterEnd = end;
        }
        return lastLetterEnd;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) end++;
        return end;
    }

    /** st, nd, rd, th. */
    private static boolean isOrdinalSuffix(char first, char second) {
        return first == 's' && second == 't' || (first == 'n' || first == 'r') && second == 'd' || first == 't' && second == 'h';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Without its currency sign and thousands separators. */
    private static String withoutFigureMarks(String figure) {
        char first = figure.charAt(0);
        String unsigned = first == '$' || first == '€' || first == '£' ? figure.substring(1) : figure;
        return unsigned.indexOf(',') < 0 ? unsigned : unsigned.replace(",", "");
    }

    private static String stripDots(String word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '.') end--;
        return word.substring(0, end);
    }

    private static boolean startsSentence(String text, int at) {
        int before = at - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        if (before < 0) return true;
        char c = text.charAt(before);
        if (c == '\n' || c == '"' || c == '“' || c == '‘' || c == '(' || c == ':' || c == '!' || c == '?') return true;
        if (c != '.') return false;
        String lead = text.substring(Math.max(0, before - 5), before + 1);
        return !ABBREVIATION.matcher(lead).find();
    }

    private static boolean endsClause(String text, int end) {
        return end < text.length() && ",;:.!?\"”)\n".indexOf(text.charAt(end)) >= 0;
    }
}
