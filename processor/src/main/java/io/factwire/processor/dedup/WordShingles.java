package io.factwire.processor.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Word tokens and hashed word shingles of a text: the unit both exact and near duplicate detection work on. */
public final class WordShingles {
    static final Hasher64 HASHER = Hashing.komihash5_0();

    private WordShingles() {}

    /** Lower-cased runs of letters and digits; punctuation, quotes and line breaks only separate words. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }

    /** Distinct 64-bit hashes of every run of {@code size} consecutive words, ascending; empty for shorter texts. */
    public static long[] hashes(List<String> words, int size) {
        if (words.size() < size) return new long[0];
        long[] wordHashes = words.stream().mapToLong(HASHER::hashCharsToLong).toArray();
        long[] shingles = new long[words.size() - size + 1];
        for (int start = 0; start < shingles.length; start++) {
            HashStream64 stream = HASHER.hashStream();
            for (int i = start; i < start + size; i++) stream.putLong(wordHashes[i]);
            shingles[start] = stream.getAsLong();
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }
}
