package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContainmentSketchTest {
    static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    static ContainmentSketch sketch(String text, int k) {
        return ContainmentSketch.of(WordShingles.shingles(WordShingles.words(text), 5), k);
    }

    @Test
    void isExactWhenBothTextsFitInTheSketch() {
        // 96 shingles of the short text, all inside the long one (196 shingles).
        Similarity s = sketch(words(0, 100), 256).compare(sketch(words(0, 200), 256));
        assertThat(s.containment()).isEqualTo(1.0);
        assertThat(s.unquotedContainment()).isEqualTo(1.0);
        assertThat(s.jaccard()).isCloseTo(96.0 / 196, within(1e-9));
    }

    @Test
    void estimatesContainmentOfLargeTextsFromTheSample() {
        // Half of a 2,000-word text reused in a 3,000-word one; a 256-hash sketch samples about 170 shingles.
        String original = words(0, 2000);
        String copy = words(1000, 2000) + " " + words(5000, 7000);
        Similarity s = sketch(original, 256).compare(sketch(copy, 256));
        assertThat(s.containment()).isCloseTo(996.0 / 1996, within(0.12));
    }

    @Test
    void sharedQuotationsAloneAreNotUnquotedContainment() {
        String statement = "\"" + words(0, 60) + "\"";
        String a = "Reporters in the capital wrote their own account. " + statement + " " + words(100, 120);
        String b = statement + " Another newsroom described it differently " + words(300, 320);
        Similarity s = sketch(a, 256).compare(sketch(b, 256));
        assertThat(s.containment()).isGreaterThan(0.6);
        assertThat(s.unquotedContainment()).isZero();
        assertThat(s.isNearCopy(DedupConfig.DEFAULTS)).isFalse();
    }

    @Test
    void unrelatedTextsShareNothing() {
        assertThat(sketch(words(0, 300), 64).compare(sketch(words(1000, 1300), 64))).isEqualTo(Similarity.NONE);
    }

    @Test
    void rejectsUnsortedHashes() {
        assertThatThrownBy(() -> new ContainmentSketch(2, 2, new int[] {8, 4}))
                .hasMessageContaining("position 1");
    }
}
