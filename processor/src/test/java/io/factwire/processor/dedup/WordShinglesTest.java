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

    @Test
    void textsShorterThanOneShingleHaveNone() {
        assertThat(WordShingles.shingles(WordShingles.words("only four words here"), 5).size()).isZero();
    }
}
