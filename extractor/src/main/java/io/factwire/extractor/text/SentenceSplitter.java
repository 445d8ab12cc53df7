package io.factwire.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: first at line breaks (titles, captions and paragraphs are never joined), then at
 * a period, question or exclamation mark (and any closing quotes or brackets after it) that is followed by
 * whitespace and a capital, a digit or an opening quote. A period closing a title ("Capt."), an initial
 * ("George W.") or a month ("Jan.") never ends a sentence; one closing an abbreviation that also ends sentences
 * ("U.S.", "p.m.", "Inc.") does only when a typical sentence opener follows. A rule-based splitter instead of the
 * OpenNLP model because it is an order of magnitude faster and deterministic on wire-copy conventions.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {
    /** A sentence's [start, end) in the split text, trimmed of surrounding whitespace. */
    public record Span(int start, int end) {
    }

    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "st", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
            "cpl", "pvt", "cmdr", "adm", "insp", "supt", "det", "const", "cst", "snr", "comr", "gov", "sen", "rep",
            "pres", "atty", "no", "nos", "vs", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "but", "and",
            "in", "on", "at", "after", "police", "officials", "there", "this", "that", "these", "those", "one",
            "authorities", "no", "some", "many", "as", "when", "while", "if", "for");

    private SentenceSplitter() {
    }

    public static List<Span> split(CharSequence text) {
        List<Span> sentences = new ArrayList<>();
        int length = text.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(CharSequence text, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int end = i + 1;
            while (end < to && isClosing(text.charAt(end))) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= to || !opensSentence(text.charAt(next)) || (c == '.' && !periodEnds(text, i, next, to))) {
                continue;
            }
            addTrimmed(text, start, end, out);
            start = next;
            i = next - 1;
        }
        addTrimmed(text, start, to, out);
    }

    private static boolean periodEnds(CharSequence text, int period, int next, int to) {
        int wordStart = period;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        if (wordStart == period) {
            return true;
        }
        String word = text.subSequence(wordStart, period).toString().toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(word)) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(wordStart));
        boolean ambiguous = initial || word.indexOf('.') >= 0 || Tokenizer.ABBREVIATIONS.contains(word);
        return !ambiguous || (!initial && startsWithOpener(text, next, to));
    }

    private static boolean startsWithOpener(CharSequence text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.subSequence(from, end).toString().toLowerCase(Locale.ROOT);
        return end > from && SENTENCE_OPENERS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
                || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB';
    }

    private static void addTrimmed(CharSequence text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
    }
}
