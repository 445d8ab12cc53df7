package io.factwire.ingest;

import java.time.Clock;
import java.time.Instant;

/**
 * Ingest times in milliseconds that strictly increase within one publisher: the processor decides articles in the
 * order of their ingest time, then id (processor/README-dedup.md, "One order"), so one run's articles are decided in
 * the order it read them, at any rate. Two articles read within one millisecond get consecutive milliseconds; a
 * burst of thousands a second runs ahead of the wall clock by at most the burst's length in milliseconds.
 */
public final class IngestClock {

    private final Clock clock;
    private long last = Long.MIN_VALUE;

    public IngestClock(Clock clock) {
        this.clock = clock;
    }

    public IngestClock() {
        this(Clock.systemUTC());
    }

    /** The next ingest time: the wall clock's millisecond, or one past the last one given when that is not earlier. */
    public synchronized Instant next() {
        last = Math.max(clock.millis(), last + 1);
        return Instant.ofEpochMilli(last);
    }
}
