package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashBandsTest {
    static long[] shingles(String text) {
        return WordShingles.shingles(WordShingles.words(text), 5).hashes();
    }

    static long shared(long[] a, long[] b) {
        return IntStream.range(0, a.length).filter(i -> a[i] == b[i]).count();
    }

    @Test
    void sameSetSameBandsAndNoneForEmptySets() {
        MinHashBands bands = new MinHashBands(32, 1);
        String text = ContainmentSketchTest.words(0, 300);
        assertThat(bands.bandHashes(shingles(text))).hasSize(32).containsExactly(bands.bandHashes(shingles(text)));
        assertThat(bands.bandHashes(new long[0])).isEmpty();
    }

    @Test
    void bandsCollideRoughlyInProportionToJaccard() {
        MinHashBands bands = new MinHashBands(256, 1);
        // Jaccard = 496 / 1496, about 1/3.
        long[] a = shingles(ContainmentSketchTest.words(0, 1000));
        long[] b = shingles(ContainmentSketchTest.words(500, 1500));
        long[] unrelated = shingles(ContainmentSketchTest.words(5000, 6000));
        assertThat(shared(bands.bandHashes(a), bands.bandHashes(b))).isBetween(50L, 120L);
        assertThat(shared(bands.bandHashes(a), bands.bandHashes(unrelated))).isZero();
    }

    @Test
    void aBandOfSeveralRowsNeedsAllOfThemToAgree() {
        long[] a = shingles(ContainmentSketchTest.words(0, 1000));
        long[] b = shingles(ContainmentSketchTest.words(500, 1500));
        MinHashBands single = new MinHashBands(64, 1);
        MinHashBands triple = new MinHashBands(64, 3);
        assertThat(shared(triple.bandHashes(a), triple.bandHashes(b)))
                .isLessThan(shared(single.bandHashes(a), single.bandHashes(b)));
    }
}
