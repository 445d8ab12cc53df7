package io.factwire.processor.order;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end offsets of the articles topic's partitions, fetched again and again on a thread of its own: what tells
 * {@link RankOrder} that a partition with no record waiting has nothing more on its way (the merge has seen its last
 * offset), rather than being held back by a busy stream thread.
 */
final class SourceEnds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceEnds.class);
    private static final Duration EVERY = Duration.ofMillis(20);
    private static final int KEPT = 3_000;

    /** End offsets (the next offset each partition will write), as listed by a request sent at {@code takenMs}. */
    record Snapshot(long takenMs, long[] ends) {}

    private final Admin admin;
    private final String topic;
    private final int partitions;
    private final Thread thread;
    /** Snapshots oldest first, the last {@link #KEPT} of them (a minute at one every 20 ms). */
    private final ArrayDeque<Snapshot> snapshots = new ArrayDeque<>();
    private volatile boolean closed;

    private SourceEnds(String bootstrapServers, String topic, int partitions) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.topic = topic;
        this.partitions = partitions;
        this.thread = Thread.ofPlatform().daemon().name("factwire-rank-order-ends").start(this::run);
    }

    static SourceEnds start(String bootstrapServers, String topic, int partitions) {
        return new SourceEnds(bootstrapServers, topic, partitions);
    }

    /**
     * The first end offsets listed at or after {@code ms} that are still kept (the oldest kept when all are later),
     * or null when none was listed that late yet.
     */
    synchronized Snapshot takenAtOrAfter(long ms) {
        Snapshot found = null;
        for (Iterator<Snapshot> newestFirst = snapshots.descendingIterator(); newestFirst.hasNext(); ) {
            Snapshot snapshot = newestFirst.next();
            if (snapshot.takenMs() < ms) break;
            found = snapshot;
        }
        return found;
    }

    private synchronized void add(Snapshot snapshot) {
        snapshots.addLast(snapshot);
        if (snapshots.size() > KEPT) snapshots.removeFirst();
    }

    private void run() {
        Map<TopicPartition, OffsetSpec> request = null;
        long failures = 0;
        while (!closed) {
            long takenMs = System.currentTimeMillis();
            try {
                // Partitions the topic does not have are empty: listed once, and again after any failure.
                if (request == null) request = request();
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer =
                        admin.listOffsets(request).all().get(5, TimeUnit.SECONDS);
                long[] ends = new long[partitions];
                answer.forEach((partition, info) -> ends[partition.partition()] = info.offset());
                add(new Snapshot(takenMs, ends));
                failures = 0;
                Thread.sleep(EVERY);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // Until it answers again, partitions count as quiet only after factwire.order.max-wait.
                request = null;
                if (failures++ % 100 == 0) LOG.warn("rank order: cannot list the end offsets of {}: {}", topic, e.toString());
                try {
                    Thread.sleep(EVERY.multipliedBy(10));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private Map<TopicPartition, OffsetSpec> request() throws Exception {
        int existing = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int partition = 0; partition < Math.min(existing, partitions); partition++) {
            request.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        return request;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        admin.close(Duration.ofSeconds(1));
    }
}
