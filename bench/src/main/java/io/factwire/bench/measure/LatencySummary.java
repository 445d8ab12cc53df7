package io.factwire.bench.measure;

import java.util.Arrays;

/**
 * Order statistics of a set of latencies, in milliseconds. Percentiles use the nearest-rank definition: the
 * p-th percentile is the smallest sample with at least p% of the samples at or below it, so it is always a
 * latency that was really observed.
 */
public record LatencySummary(int count, double minMs, double p50Ms, double p90Ms, double p99Ms, double maxMs,
                             double meanMs) {

    public static final LatencySummary EMPTY = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN);

    /** The summary of {@code nanos} (not modified). */
    public static LatencySummary ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new LatencySummary(sorted.length, millis(sorted[0]), millis(percentile(sorted, 50)),
                millis(percentile(sorted, 90)), millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]),
                millis(sum / sorted.length));
    }

    /** Nearest rank: the value at rank {@code ceil(p/100 * n)} (1-based) of the sorted samples. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(double nanos) {
        return nanos / 1e6;
    }
}
