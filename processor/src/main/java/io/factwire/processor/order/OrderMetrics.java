package io.factwire.processor.order;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * The rank merge's departures from rank order as task metrics, while it runs (the merge logs the totals when it
 * closes): group {@value #GROUP}, tag {@code factwire-rank-order-id} = the task, each as {@code -total} and
 * {@code -rate}: {@value #LATE} (decided after a record of higher rank had gone), {@value #QUIET} (decided while a
 * partition without a record waiting was taken for quiet) and {@value #FULL} (decided because
 * {@link RankOrder#MAX_WAITING} records were waiting). A run whose three totals stay 0 decided in rank order.
 */
public final class OrderMetrics {

    static final String SCOPE = "factwire-rank-order";
    static final String GROUP = "stream-" + SCOPE + "-metrics";
    static final String LATE = "decided-late";
    static final String QUIET = "passed-quiet";
    static final String FULL = "passed-full";

    /** The three totals of an application's merge: what {@code KafkaStreams.metrics()} holds of it. */
    public record Totals(long late, long quiet, long full) {

        public static Totals of(Map<MetricName, ? extends Metric> metrics) {
            return new Totals(total(metrics, LATE), total(metrics, QUIET), total(metrics, FULL));
        }

        private static long total(Map<MetricName, ? extends Metric> metrics, String name) {
            double sum = 0;
            for (var metric : metrics.entrySet()) {
                if (metric.getKey().group().equals(GROUP) && metric.getKey().name().equals(name + "-total")
                        && metric.getValue().metricValue() instanceof Number value) {
                    sum += value.doubleValue();
                }
            }
            return Math.round(sum);
        }
    }

    private final StreamsMetrics metrics;
    private final Sensor late;
    private final Sensor quiet;
    private final Sensor full;
    private long seenLate;
    private long seenQuiet;
    private long seenFull;

    OrderMetrics(StreamsMetrics metrics, String task) {
        this.metrics = metrics;
        this.late = metrics.addRateTotalSensor(SCOPE, task, LATE, Sensor.RecordingLevel.INFO);
        this.quiet = metrics.addRateTotalSensor(SCOPE, task, QUIET, Sensor.RecordingLevel.INFO);
        this.full = metrics.addRateTotalSensor(SCOPE, task, FULL, Sensor.RecordingLevel.INFO);
    }

    /** New queues count from 0 (after an exactly-once abort the merge starts over from its store). */
    void startOver() {
        seenLate = 0;
        seenQuiet = 0;
        seenFull = 0;
    }

    /** Records what the queues counted since the last call. */
    void update(RankQueues<?> queues) {
        seenLate = record(late, seenLate, queues.late());
        seenQuiet = record(quiet, seenQuiet, queues.passedQuiet());
        seenFull = record(full, seenFull, queues.passedFull());
    }

    private static long record(Sensor sensor, long seen, long now) {
        for (long i = seen; i < now; i++) sensor.record();
        return Math.max(seen, now);
    }

    void close() {
        metrics.removeSensor(late);
        metrics.removeSensor(quiet);
        metrics.removeSensor(full);
    }
}
