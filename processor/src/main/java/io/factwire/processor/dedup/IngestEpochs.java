package io.factwire.processor.dedup;

import java.time.Duration;

/**
 * Ingest-time epochs, one retention long, under whose start the dedup stores file their entries. A lookup is then
 * a point read per epoch in reach (two, or three when the probe's time is behind the latest) instead of a range
 * scan over every RocksDB file of every window segment; the segmented store still drops whole epochs once they are
 * out of reach.
 */
final class IngestEpochs {
    private final long length;

    IngestEpochs(Duration retention) {
        this.length = retention.toMillis();
    }

    /**
     * What the stores must retain: two epochs. A window store hides a record once its window start is a retention
     * behind the latest start written, and the epoch before the current one is in reach until the current one ends.
     */
    Duration storeRetention() {
        return Duration.ofMillis(2 * length);
    }

    /** One epoch: one retention. */
    long length() {
        return length;
    }

    /** The start of the epoch holding {@code time}. */
    long of(long time) {
        return Math.floorDiv(time, length) * length;
    }

    /** Starts of the epochs that can hold a time within the retention of {@code time}, either side, oldest first. */
    long[] inReach(long time) {
        long first = of(Math.max(0, time - length));
        long last = of(time + length);
        long[] starts = new long[(int) ((last - first) / length) + 1];
        for (int i = 0; i < starts.length; i++) starts[i] = first + i * length;
        return starts;
    }

    /** Whether {@code earlier} is within the retention of {@code time}, either side. */
    boolean inReach(long earlier, long time) {
        return earlier >= time - length && earlier <= time + length;
    }
}
