package io.factwire.app.chaos;

import java.nio.file.Path;
import java.util.Map;

/**
 * One fault-suite run: the workload, the faults and where to keep state and logs.
 *
 * @param rate      records (articles and poison) published per second
 * @param processor settings for the processor over its defaults ({@code --set})
 * @param expected  the final state of an uninterrupted run of the same seed, or null ({@code --expect-state})
 */
record ChaosSettings(int articles, int kills, int bounces, int poison, int brokers, long seed, double rate,
                     Path corpus, Path workDir, Map<String, String> processor, FinalState expected) {

    ChaosSettings {
        if (articles < 1) throw new IllegalArgumentException("--articles must be at least 1");
        if (kills < 0 || bounces < 0 || poison < 0) throw new IllegalArgumentException("--kills, --bounces and --poison must not be negative");
        if (brokers != 1 && brokers != 3) throw new IllegalArgumentException("--brokers must be 1 or 3, not " + brokers);
        if (!(rate > 0)) throw new IllegalArgumentException("--rate must be positive");
        processor = Map.copyOf(processor);
    }

    /** How long publishing takes at {@link #rate}. */
    double publishSeconds() {
        return (articles + poison) / rate;
    }
}
