package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IngestClockTest {

    @Test
    void timesStrictlyIncreaseAndCatchUpWithTheWallClock() {
        AtomicLong millis = new AtomicLong(1_000);
        Clock wall = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }
        };
        IngestClock clock = new IngestClock(wall);

        assertThat(clock.next()).isEqualTo(Instant.ofEpochMilli(1_000));
        assertThat(clock.next()).as("read within the same millisecond").isEqualTo(Instant.ofEpochMilli(1_001));
        assertThat(clock.next()).isEqualTo(Instant.ofEpochMilli(1_002));
        millis.set(1_500);
        assertThat(clock.next()).as("the wall clock again once it is ahead").isEqualTo(Instant.ofEpochMilli(1_500));
    }
}
