package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class LivenessTest {

    private final Map<MetricName, Metric> metrics = new HashMap<>();
    private KafkaStreams.State state = KafkaStreams.State.RUNNING;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private Liveness liveness() {
        return new Liveness(() -> state, () -> metrics, new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        });
    }

    private void set(String name, String group, String clientId, double value) {
        MetricName key = new MetricName(name, group, "", clientId == null ? Map.of() : Map.of("client-id", clientId));
        metrics.put(key, new Metric() {
            @Override public MetricName metricName() { return key; }
            @Override public Object metricValue() { return value; }
        });
    }

    @Test
    void aRebalanceIsAliveButAStoppedInstanceIsNot() {
        Liveness liveness = liveness();
        state = KafkaStreams.State.REBALANCING;
        assertThat(liveness.problem()).isEmpty();
        state = KafkaStreams.State.ERROR;
        assertThat(liveness.problem()).contains("Kafka Streams is ERROR");
    }

    @Test
    void threadsThatKeepDyingAreNotAliveAndOldDeathsAreForgiven() {
        set("failed-stream-threads", "stream-metrics", null, 1);
        Liveness liveness = liveness();
        assertThat(liveness.problem()).isEmpty();
        now = now.plus(Duration.ofMinutes(11));
        set("failed-stream-threads", "stream-metrics", null, 3);
        assertThat(liveness.problem()).isEmpty();
        now = now.plus(Duration.ofMinutes(1));
        set("failed-stream-threads", "stream-metrics", null, 5);
        assertThat(liveness.problem()).contains("4 stream threads died within 10 min");
    }

    @Test
    void aThreadThatStoppedPollingIsNotAlive() {
        set("last-poll-seconds-ago", "consumer-metrics", "app-StreamThread-1-consumer", 3);
        set("last-poll-seconds-ago", "consumer-metrics", "app-StreamThread-1-restore-consumer", 900);
        Liveness liveness = liveness();
        assertThat(liveness.problem()).isEmpty();
        set("last-poll-seconds-ago", "consumer-metrics", "app-StreamThread-2-consumer", 300);
        assertThat(liveness.problem()).contains("consumer app-StreamThread-2-consumer has not polled for 300 s");
    }
}
