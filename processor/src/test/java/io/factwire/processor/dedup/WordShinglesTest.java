package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordShinglesTest {
    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigits() {
        assertThat(WordShingles.words("The 3 FIRE-crews, (Tuesday).\nDone"))
                .extracting(WordShingles.Word::text)
                .containsExactly("the", "3", "fire", "crews", "tuesday", "done");
    }

    @Test
    void marksWordsInsideClosedQuotationsOnTheirLine() {
        List<WordShingles.Word> words = WordShingles.words("He said \"we will rebuild\" and left. A “curly quote” too.");
        assertThat(words).filteredOn(WordShingles.Word::quoted).extracting(WordShingles.Word::text)
                .containsExactly("we", "will", "rebuild", "curly", "quote");
    }

    @Test
    void anUnclosedQuoteMarkQuotesNothing() {
        assertThat(WordShingles.words("The \"Mean Girls star\nleft the court")).noneMatch(WordShingles.Word::quoted);
    }

    @Test
    void shinglesAreDistinctSortedAndUnquotedWhenAnyOccurrenceIs() {
        String text = "red fox runs far away. \"red fox runs far away\" red fox runs far away";
        WordShingles.Shingles shingles = WordShingles.shingles(WordShingles.words(text), 5);
        long[] hashes = shingles.hashes();
        for (int i = 1; i < hashes.length; i++) assertThat(hashes[i]).isGreaterThan(hashes[i - 1]);
        // "red fox runs far away" occurs quoted and unquoted: it counts as unquoted.
        WordShingles.Shingles once = WordShingles.shingles(WordShingles.words("red fox runs far away"), 5);
        int at = java.util.Arrays.binarySearch(hashes, once.hashes()[0]);
        assertThat(at).isNotNegative();
        assertThat(shingles.unquoted()[at]).isTrue();
    }

    /** The shingles as a fresh hash stream per shingle and a sorted map of them give them: the specification. */
    private static java.util.TreeMap<Long, Boolean> reference(List<WordShingles.Word> words, int size) {
        java.util.TreeMap<Long, Boolean> distinct = new java.util.TreeMap<>();
        for (int start = 0; start + size <= words.size(); start++) {
            com.dynatrace.hash4j.hashing.HashStream64 stream = WordShingles.HASHER.hashStream();
            boolean unquoted = true;
            for (int i = start; i < start + size; i++) {
                stream.putLong(WordShingles.HASHER.hashCharsToLong(words.get(i).text()));
                unquoted &= !words.get(i).quoted();
            }
            distinct.merge(stream.getAsLong(), unquoted, Boolean::logicalOr);
        }
        return distinct;
    }

    @Test
    void shinglesAreTheReferencesOnRandomTexts() {
        java.util.Random random = new java.util.Random(11);
        String[] vocabulary = {"a", "b", "c", "d", "\"", "\n"};
        for (int text = 0; text < 2_000; text++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) built.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            List<WordShingles.Word> words = WordShingles.words(built.toString());
            for (int size = 1; size <= 3; size++) {
                WordShingles.Shingles shingles = WordShingles.shingles(words, size);
                java.util.TreeMap<Long, Boolean> expected = reference(words, size);
                assertThat(shingles.hashes()).containsExactly(expected.keySet().stream().mapToLong(Long::longValue).toArray());
                boolean[] flags = new boolean[expected.size()];
                int i = 0;
                for (boolean flag : expected.values()) flags[i++] = flag;
                assertThat(shingles.unquoted()).containsExactly(flags);
            }
        }
    }

    @Test
    void textsShorterThanOneShingleHaveNone() {
        assertThat(WordShingles.shingles(WordShingles.words("only four words here"), 5).size()).isZero();
    }
}
