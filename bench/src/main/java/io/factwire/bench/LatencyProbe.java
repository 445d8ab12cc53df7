package io.factwire.bench;

import io.factwire.avro.FactUpdate;
import io.factwire.bench.measure.CpuSnapshot;
import io.factwire.bench.measure.GroupProgress;
import io.factwire.bench.measure.LatencySummary;
import io.factwire.bench.measure.Offsets;
import io.factwire.bench.measure.TopicWatcher;
import io.factwire.bench.report.BenchReport.LatencyFigures;
import io.factwire.bench.workload.WorkloadGenerator;
import io.factwire.bench.workload.WorkloadPublisher;
import io.factwire.processor.FactwireTopology;
import io.factwire.processor.order.RankHops;
import io.factwire.schemas.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Latency at a fixed offered rate: new articles are sent on a schedule while a read_committed reader notes when
 * each one's verdict (articles-unique or articles-duplicates) and fact updates (fact-updates, by their cause)
 * become visible, and when it reaches the decision's hop (its text work done): where along the path the time goes.
 * Sender and reader share this JVM's clock, so no clock skew enters the figures.
 */
final class LatencyProbe {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration READER_TIMEOUT = Duration.ofMinutes(1);
    private static final List<String> WATCHED = List.of(Topics.FACT_UPDATES, Topics.ARTICLES_UNIQUE, Topics.ARTICLES_DUPLICATES);

    private final Map<String, Long> firstFactUpdate = new HashMap<>();
    private final Map<String, Long> lastFactUpdate = new HashMap<>();
    private final Map<String, Long> verdict = new HashMap<>();
    private final Map<String, Long> decisionInput = new HashMap<>();
    private final Map<String, Long> sent = new HashMap<>();
    private long sends;
    private final Deserializer<FactUpdate> factUpdates;
    /** The decision's input hops, one per source partition: an article is on one once its text work is done and committed. */
    private final Set<String> decisionHops;

    private LatencyProbe(Topics topics, String applicationId, int partitions) {
        this.factUpdates = topics.factUpdates().valueSerde().deserializer();
        this.decisionHops = Set.copyOf(RankHops.topics(applicationId, FactwireTopology.DECIDE_TOPIC, partitions));
    }

    /** @param throughput the processor's measured throughput: bounds how long its backlog may take to drain */
    static LatencyFigures run(ProcessorUnderTest processor, WorkloadGenerator workload, Topics topics, Admin admin,
                              String bootstrapServers, int partitions, BenchSettings.LatencyRate rate,
                              double throughput, Duration duration, PrintStream progress) throws InterruptedException {
        return new LatencyProbe(topics, processor.applicationId(), partitions).measure(processor, workload, topics, admin,
                bootstrapServers, rate, throughput, duration, progress);
    }

    private LatencyFigures measure(ProcessorUnderTest processor, WorkloadGenerator workload, Topics topics, Admin admin,
                                   String bootstrapServers, BenchSettings.LatencyRate rate, double throughput,
                                   Duration duration, PrintStream progress) throws InterruptedException {
        double perSecond = rate.perSecond();
        List<String> watched = new ArrayList<>(WATCHED);
        watched.addAll(decisionHops);
        Map<TopicPartition, Long> watchFrom = Offsets.ends(admin, watched);
        long sourceStart = Offsets.total(Offsets.ends(admin, List.of(Topics.ARTICLES)));
        progress.printf(Locale.ROOT, "bench: latency: sending %.0f articles/s (%s) for %.0f s%n", perSecond,
                rate.why(), duration.toMillis() / 1e3);
        TopicWatcher watcher = TopicWatcher.start(bootstrapServers, watchFrom, this::observe);
        long worstDelay;
        long sendingEnded;
        GroupProgress.Snapshot done;
        CpuSnapshot before = CpuSnapshot.take(processor.process());
        CpuSnapshot after;
        try {
            // linger 0: at this rate a batch would hold one article anyway, and lingering would add to the latency
            try (WorkloadPublisher publisher = new WorkloadPublisher(bootstrapServers, topics.articles(), 0)) {
                worstDelay = publisher.sendAtRate(workload, perSecond, duration, this::sending);
            }
            sendingEnded = System.nanoTime();
            Map<TopicPartition, Long> targets = Offsets.ends(admin, List.of(Topics.ARTICLES));
            long sent = Offsets.total(targets) - sourceStart;
            // Twice the time the backlog would take at the measured throughput, for a phase sent above capacity.
            Duration drainTimeout = Duration.ofSeconds(Math.max(DRAIN_TIMEOUT.toSeconds(), (long) (2 * sent / throughput)));
            done = processor.awaitDone(targets, sent, sourceStart, drainTimeout).getLast();
            after = CpuSnapshot.take(processor.process());
            if (done.done()) {
                watcher.awaitCaughtUp(Offsets.ends(admin, watched), READER_TIMEOUT);
            }
        } finally {
            watcher.close();
        }
        LatencySummary first = latencies(firstFactUpdate);
        return new LatencyFigures(perSecond, rate.why(), duration.toNanos() / 1e9, sends, worstDelay / 1e6,
                first.count(), first, latencies(lastFactUpdate), latencies(verdict), latencies(decisionInput),
                (done.nanos() - sendingEnded) / 1e9,
                done.done(), after.since(before));
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
        } else if (decisionHops.contains(record.topic())) {
            if (record.key() != null) {
                decisionInput.putIfAbsent(new String(record.key(), StandardCharsets.UTF_8), receivedNanos);
            }
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
