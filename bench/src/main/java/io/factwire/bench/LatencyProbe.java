package io.factwire.bench;

import io.factwire.avro.FactUpdate;
import io.factwire.bench.measure.CpuSnapshot;
import io.factwire.bench.measure.LatencySummary;
import io.factwire.bench.measure.Offsets;
import io.factwire.bench.measure.TopicWatcher;
import io.factwire.bench.report.BenchReport.LatencyFigures;
import io.factwire.bench.workload.WorkloadGenerator;
import io.factwire.bench.workload.WorkloadPublisher;
import io.factwire.schemas.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Latency at a fixed offered rate: new articles are sent on a schedule while a read_committed reader notes when
 * each one's verdict (articles-unique or articles-duplicates) and fact updates (fact-updates, by their cause)
 * become visible. Sender and reader share this JVM's clock, so no clock skew enters the figures.
 */
final class LatencyProbe {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);
    /** The reader polls every 50 ms; this lets it see the last transactions once the processor is done. */
    private static final long READER_CATCH_UP_MILLIS = 1000;

    private final Map<String, Long> firstFactUpdate = new HashMap<>();
    private final Map<String, Long> lastFactUpdate = new HashMap<>();
    private final Map<String, Long> verdict = new HashMap<>();
    private final Map<String, Long> sent = new HashMap<>();
    private long sends;
    private final Deserializer<FactUpdate> factUpdates;

    private LatencyProbe(Topics topics) {
        this.factUpdates = topics.factUpdates().valueSerde().deserializer();
    }

    static LatencyFigures run(ProcessorUnderTest processor, WorkloadGenerator workload, Topics topics, Admin admin,
                              String bootstrapServers, double perSecond, Duration duration, PrintStream progress)
            throws InterruptedException {
        return new LatencyProbe(topics).measure(processor, workload, topics, admin, bootstrapServers, perSecond, duration,
                progress);
    }

    private LatencyFigures measure(ProcessorUnderTest processor, WorkloadGenerator workload, Topics topics, Admin admin,
                                   String bootstrapServers, double perSecond, Duration duration, PrintStream progress)
            throws InterruptedException {
        Map<TopicPartition, Long> watchFrom = Offsets.ends(admin,
                List.of(Topics.FACT_UPDATES, Topics.ARTICLES_UNIQUE, Topics.ARTICLES_DUPLICATES));
        long sourceStart = Offsets.total(Offsets.ends(admin, List.of(Topics.ARTICLES)));
        progress.printf(Locale.ROOT, "bench: latency: sending %.0f articles/s for %.0f s%n", perSecond,
                duration.toMillis() / 1e3);
        TopicWatcher watcher = TopicWatcher.start(bootstrapServers, watchFrom, this::observe);
        long worstDelay;
        long sendingEnded;
        long done;
        CpuSnapshot before = CpuSnapshot.take(processor.process());
        CpuSnapshot after;
        try {
            // linger 0: at this rate a batch would hold one article anyway, and lingering would add to the latency
            try (WorkloadPublisher publisher = new WorkloadPublisher(bootstrapServers, topics.articles(), 0)) {
                worstDelay = publisher.sendAtRate(workload, perSecond, duration, this::sending);
            }
            sendingEnded = System.nanoTime();
            Map<TopicPartition, Long> targets = Offsets.ends(admin, List.of(Topics.ARTICLES));
            done = processor.awaitDone(targets, Offsets.total(targets) - sourceStart, sourceStart, DRAIN_TIMEOUT)
                    .getLast().nanos();
            after = CpuSnapshot.take(processor.process());
            Thread.sleep(READER_CATCH_UP_MILLIS);
        } finally {
            watcher.close();
        }
        LatencySummary first = latencies(firstFactUpdate);
        return new LatencyFigures(perSecond, duration.toNanos() / 1e9, sends, worstDelay / 1e6, first.count(),
                first, latencies(lastFactUpdate), latencies(verdict), (done - sendingEnded) / 1e9, after.since(before));
    }

    /** A re-send keeps the time of the first send: its verdict is that of the article it repeats. */
    private void sending(String id, long nanos) {
        sent.putIfAbsent(id, nanos);
        sends++;
    }

    /** On the watcher's thread; the maps are read only after the watcher closed. */
    private void observe(ConsumerRecord<byte[], byte[]> record, long receivedNanos) {
        if (record.topic().equals(Topics.FACT_UPDATES)) {
            String cause = factUpdates.deserialize(record.topic(), record.value()).getCause();
            firstFactUpdate.putIfAbsent(cause, receivedNanos);
            lastFactUpdate.put(cause, receivedNanos);
        } else if (record.key() != null) {
            verdict.putIfAbsent(new String(record.key(), StandardCharsets.UTF_8), receivedNanos);
        }
    }

    /** Observed minus sent, for the articles sent in this phase (outputs of earlier articles are ignored). */
    private LatencySummary latencies(Map<String, Long> observed) {
        return LatencySummary.ofNanos(observed.entrySet().stream()
                .filter(entry -> sent.containsKey(entry.getKey()))
                .mapToLong(entry -> entry.getValue() - sent.get(entry.getKey()))
                .toArray());
    }
}
