package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

    private static final Pattern TOKEN = Pattern.compile(
            "[$€£]?\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?|\\p{L}[\\p{L}'’.\\-]*\\p{L}|\\p{L}");
    /** A figure's currency sign and thousands separators. */
    private static final Pattern FIGURE_MARKS = Pattern.compile("^[$€£]|,");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Lt|Sgt|Gen|Col|Capt|Jr|No)|\\b\\p{Lu})\\.$");

    /** As written, for labels. */
    String display() {
        return text;
    }

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String raw = matcher.group();
            boolean word = Character.isLetter(raw.charAt(0));
            boolean possessive = word && (raw.endsWith("'s") || raw.endsWith("’s"));
            String clean = possessive ? raw.substring(0, raw.length() - 2) : raw;
            clean = word ? stripDots(clean.replace('’', '\'')) : FIGURE_MARKS.matcher(clean).replaceAll("");
            if (clean.isEmpty()) continue;
            // Keyed once here: the extractor reads a token's key several times.
            tokens.add(new Token(clean, word, startsSentence(text, matcher.start()), possessive,
                    endsClause(text, matcher.end()), clean.toLowerCase(Locale.ROOT)));
        }
        return tokens;
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
