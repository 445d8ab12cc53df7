package io.factwire.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();
        assertThat(LatencySummary.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LatencySummary.percentile(sorted, 99)).isEqualTo(99);
        assertThat(LatencySummary.percentile(sorted, 100)).isEqualTo(100);
        assertThat(LatencySummary.percentile(new long[] {7, 9, 11}, 50)).isEqualTo(9);
        assertThat(LatencySummary.percentile(new long[] {7, 9, 11}, 99)).isEqualTo(11);
        assertThat(LatencySummary.percentile(new long[] {5}, 1)).isEqualTo(5);
    }

    @Test
    void summaryInMillisecondsOfUnsortedNanos() {
        long[] nanos = {30 * MS, 10 * MS, 20 * MS, 40 * MS, 1000 * MS};
        LatencySummary summary = LatencySummary.ofNanos(nanos);
        assertThat(summary.count()).isEqualTo(5);
        assertThat(summary.minMs()).isEqualTo(10);
        assertThat(summary.p50Ms()).isEqualTo(30);
        assertThat(summary.p90Ms()).isEqualTo(1000);
        assertThat(summary.p99Ms()).isEqualTo(1000);
        assertThat(summary.maxMs()).isEqualTo(1000);
        assertThat(summary.meanMs()).isCloseTo(220, within(1e-9));
        assertThat(nanos[0]).as("input left as it was").isEqualTo(30 * MS);
    }

    @Test
    void noSamplesGiveAnEmptySummary() {
        assertThat(LatencySummary.ofNanos(new long[0])).isEqualTo(LatencySummary.EMPTY);
        assertThat(LatencySummary.EMPTY.count()).isZero();
    }
}
