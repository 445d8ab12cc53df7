package io.factwire.processor.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word tokens and hashed word shingles of a text: the unit both exact and near duplicate detection work on.
 * Each shingle also records whether it occurs outside quotation marks: independent reports of one event quote
 * the same statements, so shared quoted text is weak evidence of a shared source.
 */
public final class WordShingles {
    static final Hasher64 HASHER = Hashing.komihash5_0();

    /** A word and whether it stands inside a quotation. */
    public record Word(String text, boolean quoted) {}

    /** Distinct shingle hashes, ascending, each with whether any of its occurrences is outside quotations. */
    public record Shingles(long[] hashes, boolean[] unquoted) {
        public int size() {
            return hashes.length;
        }
    }

    private WordShingles() {}

    /** Lower-cased runs of letters and digits; punctuation, quotes and line breaks only separate words. */
    public static List<Word> words(String text) {
        boolean[] quoted = quotedPositions(text);
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (word.isEmpty()) start = i;
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(new Word(word.toString(), quoted[start]));
                word.setLength(0);
            }
        }
        return words;
    }

    /** Every run of {@code size} consecutive words; a shingle touching a quoted word counts as quoted there. */
    public static Shingles shingles(List<Word> words, int size) {
        if (words.size() < size) return new Shingles(new long[0], new boolean[0]);
        long[] wordHashes = words.stream().mapToLong(w -> HASHER.hashCharsToLong(w.text())).toArray();
        int count = words.size() - size + 1;
        long[] hashes = new long[count];
        // The hashes of shingles with an occurrence outside quotations, to mark the distinct ones after sorting.
        long[] unquotedHashes = new long[count];
        int unquotedCount = 0;
        HashStream64 stream = HASHER.hashStream();
        for (int start = 0; start < count; start++) {
            stream.reset();
            boolean unquoted = true;
            for (int i = start; i < start + size; i++) {
                stream.putLong(wordHashes[i]);
                unquoted &= !words.get(i).quoted();
            }
            hashes[start] = stream.getAsLong();
            if (unquoted) unquotedHashes[unquotedCount++] = hashes[start];
        }
        Arrays.sort(hashes);
        Arrays.sort(unquotedHashes, 0, unquotedCount);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || hashes[i] != hashes[distinct - 1]) hashes[distinct++] = hashes[i];
        }
        boolean[] unquoted = new boolean[distinct];
        for (int i = 0, u = 0; i < distinct; i++) {
            while (u < unquotedCount && unquotedHashes[u] < hashes[i]) u++;
            unquoted[i] = u < unquotedCount && unquotedHashes[u] == hashes[i];
        }
        return new Shingles(Arrays.copyOf(hashes, distinct), unquoted);
    }

    /**
     * Positions inside a quotation: from an opening straight or curly double quote to the next closing one on
     * the same line. An opening quote that is not closed on its line quotes nothing (detokenized text is full of
     * stray quote marks).
     */
    static boolean[] quotedPositions(String text) {
        boolean[] quoted = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"' && c != '“') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && "\"“”\n".indexOf(text.charAt(end)) < 0) end++;
            if (end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '”')) {
                for (int q = i; q <= end; q++) quoted[q] = true;
                i = end + 1;
            } else {
                i++;
            }
        }
        return quoted;
    }
}
