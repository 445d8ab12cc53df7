package io.factwire.processor.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Whether the processor is alive in the sense an orchestrator needs: restarting it would help. A state other than
 * NOT_RUNNING or ERROR is not enough: a wedged instance once stayed REBALANCING with both stream threads parked
 * in a producer flush, each replaced thread dying again. So it is also down when stream threads keep dying
 * (Kafka Streams' {@code failed-stream-threads}) or a stream thread has stopped polling (its consumer's
 * {@code last-poll-seconds-ago}; a healthy thread polls at least every {@code poll.ms}, also when idle).
 */
final class Liveness {

    static final int MAX_FAILED_THREADS = 3;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    static final double MAX_SECONDS_WITHOUT_POLL = 120;

    private final Supplier<KafkaStreams.State> state;
    private final Supplier<Map<MetricName, ? extends Metric>> metrics;
    private final Clock clock;
    private final Deque<Sample> failures = new ArrayDeque<>();

    private record Sample(Instant at, double failedThreads) {
    }

    Liveness(KafkaStreams streams, Clock clock) {
        this(streams::state, streams::metrics, clock);
    }

    Liveness(Supplier<KafkaStreams.State> state, Supplier<Map<MetricName, ? extends Metric>> metrics, Clock clock) {
        this.state = state;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Why the processor should be restarted, or empty when it is alive. */
    synchronized Optional<String> problem() {
        KafkaStreams.State current = state.get();
        if (current == KafkaStreams.State.NOT_RUNNING || current == KafkaStreams.State.ERROR) {
            return Optional.of("Kafka Streams is " + current);
        }
        double failed = 0;
        double longestWithoutPoll = 0;
        String silentClient = null;
        for (var entry : metrics.get().entrySet()) {
            MetricName name = entry.getKey();
            if (name.name().equals("failed-stream-threads") && name.group().equals("stream-metrics")) {
                failed = Math.max(failed, number(entry.getValue()));
            } else if (name.name().equals("last-poll-seconds-ago") && name.group().equals("consumer-metrics")
                    && !name.tags().getOrDefault("client-id", "").contains("restore")) {
                double seconds = number(entry.getValue());
                if (seconds > longestWithoutPoll) {
                    longestWithoutPoll = seconds;
                    silentClient = name.tags().get("client-id");
                }
            }
        }
        Instant now = clock.instant();
        failures.addLast(new Sample(now, failed));
        // The baseline is the last sample taken before the window began (or the first one ever): deaths since then.
        Instant windowStart = now.minus(FAILURE_WINDOW);
        while (failures.size() > 2 && !secondOldest().at().isAfter(windowStart)) {
            failures.removeFirst();
        }
        double recent = failed - (failures.size() == 1 ? 0 : failures.peekFirst().failedThreads());
        if (recent >= MAX_FAILED_THREADS) {
            return Optional.of((long) recent + " stream threads died within " + FAILURE_WINDOW.toMinutes() + " min");
        }
        if (longestWithoutPoll > MAX_SECONDS_WITHOUT_POLL) {
            return Optional.of("consumer " + silentClient + " has not polled for " + (long) longestWithoutPoll + " s");
        }
        return Optional.empty();
    }

    private Sample secondOldest() {
        var samples = failures.iterator();
        samples.next();
        return samples.next();
    }

    private static double number(Metric metric) {
        return metric.metricValue() instanceof Number number && !Double.isNaN(number.doubleValue()) ? number.doubleValue() : 0;
    }
}
