package io.factwire.bench;

import io.factwire.bench.workload.WorkloadMix;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does.
 *
 * @param articles     size of the throughput workload
 * @param rate         offered rate of the latency phase, articles per second; null: {@link #DEFAULT_RATE} or half
 *                     the measured throughput, whichever is lower
 * @param duration     length of the latency phase
 * @param scaleOutArticles articles of the scale-out phase (the first of the workload), 0 for none
 * @param window       articles per window of the scaling figures
 * @param processorJvm options of the processor JVMs (heap, GC)
 * @param processorOverrides processor settings over the processor's defaults, for both topologies
 * @param profile      where to write a JFR recording of the factwire processor, or null for none
 * @param workDir      where the processors keep state and logs
 */
record BenchSettings(long articles, Double rate, Duration duration, WorkloadMix mix, long seed, Path corpus,
                     int partitions, int threads, long scaleOutArticles, int window, List<String> processorJvm,
                     Map<String, String> processorOverrides, Path profile, Path workDir) {

    /** The rate of the latency phase, and why, once the warm throughput of the topology is known. */
    LatencyRate latencyRate(double warmThroughput) {
        if (rate != null) {
            return new LatencyRate(rate, "as asked (--rate)");
        }
        if (warmThroughput / 2 >= DEFAULT_RATE) {
            return new LatencyRate(DEFAULT_RATE, "default");
        }
        double half = Math.max(1, Math.floor(warmThroughput / 2));
        return new LatencyRate(half, String.format(java.util.Locale.ROOT,
                "half the warm throughput (last window, %.0f/s): the default %.0f/s would be above capacity", warmThroughput,
                DEFAULT_RATE));
    }

    /** An offered rate and why it was chosen. */
    record LatencyRate(double perSecond, String why) {
    }

    /** What each run sets for its processors itself. */
    private static final List<String> BENCH_OWNED_SETTINGS = List.of("application.id", "bootstrap.servers",
            "schema.registry.url", "state.dir", "num.stream.threads", "factwire.partitions");

    static final double DEFAULT_RATE = 100;
    static final int DEFAULT_WINDOW = 10_000;

    BenchSettings {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1, was " + articles);
        }
        if (rate != null && !(rate > 0)) {
            throw new IllegalArgumentException("--rate must be positive, was " + rate);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive, was " + duration);
        }
        if (scaleOutArticles < 0) {
            throw new IllegalArgumentException("--scale-out-articles must not be negative, was " + scaleOutArticles);
        }
        if (partitions < 1 || threads < 1 || window < 1) {
            throw new IllegalArgumentException("--partitions, --threads and --window must be at least 1");
        }
        processorJvm = List.copyOf(processorJvm);
        for (String key : BENCH_OWNED_SETTINGS) {
            if (processorOverrides.containsKey(key)) {
                throw new IllegalArgumentException("--set " + key + " is not allowed: the bench sets it (use --bootstrap,"
                        + " --registry, --threads)");
            }
        }
        processorOverrides = Map.copyOf(processorOverrides);
    }
}
