package io.factwire.processor.order;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end offsets of the articles topic's partitions, listed on a thread of its own: what tells {@link RankOrder}
 * that a partition with no record waiting has nothing more on its way (the merge has seen its last offset), rather
 * than being held back by a busy stream thread.
 *
 * <p>Listed on demand: when the merge asks for a list taken at or after a time and none is kept, the thread lists
 * once that time has come, at most once every {@link #EVERY}. An idle processor sends no request, and a record that
 * waits for a list has it one round trip after its time instead of at the next tick of a fixed schedule.
 */
final class SourceEnds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceEnds.class);
    private static final Duration EVERY = Duration.ofMillis(20);
    private static final int KEPT = 3_000;

    /**
     * End offsets (the next offset each partition will write), as listed by a request sent at {@code takenMs}, and
     * how far the text work had got, listed right after them when the merge asked for it (null: not asked).
     */
    record Snapshot(long takenMs, long[] ends, Work work) {

        Snapshot(long takenMs, long[] ends) {
            this(takenMs, ends, null);
        }

        /**
         * Whether the text work had committed past every record the partition held: what the merge has not seen of
         * it was dropped before the merge (re-sends, dead letters), or waits in the merge's input below
         * {@link Work#inputEnd}, for the text work commits its offsets on the source topic in the transaction that
         * writes its records there.
         */
        boolean worked(int partition) {
            return work != null && work.committed() != null && work.committed()[partition] >= ends[partition];
        }
    }

    /**
     * The application's committed offsets on the source partitions (-1: none yet; null: they cannot be listed),
     * then the last stable offsets of the merge's own input, the hops by source partition ({@link RankHops}), listed
     * after them (null: not known yet).
     */
    record Work(long[] committed, long[] inputEnds) {
        static final Work UNKNOWN = new Work(null, null);

        /** The last stable offset of the partition's hop, -1 when not known. */
        long inputEnd(int partition) {
            return inputEnds == null || partition >= inputEnds.length ? -1 : inputEnds[partition];
        }
    }

    /** Sends one list request: the end offsets by partition (a partition the topic does not have reads 0). */
    interface Lister extends AutoCloseable {
        long[] list() throws Exception;

        /**
         * Then how far the text work had got: {@link Work#UNKNOWN} when the broker refuses to list it, null when it
         * did not answer this time.
         */
        default Work work() {
            return Work.UNKNOWN;
        }

        /** The partitions the merge reads, one per source partition. */
        default void inputs(List<TopicPartition> partitions) {}

        @Override
        void close();
    }

    private final Lister lister;
    private final Thread thread;
    /** Snapshots oldest first, the last {@link #KEPT} of them (a minute or more: at most one every 20 ms). */
    private final ArrayDeque<Snapshot> snapshots = new ArrayDeque<>();
    /**
     * The earliest time the merge asked for a list taken at or after that no kept list answers, MAX_VALUE when none:
     * a list answers every earlier ask, and the merge asks again for a later one (it looks every 10 ms).
     */
    private long wantedMs = Long.MAX_VALUE;
    /** Likewise, the earliest time the merge asked for a list with the text work's progress (MAX_VALUE: none). */
    private long workWantedMs = Long.MAX_VALUE;
    private volatile boolean closed;

    SourceEnds(Lister lister) {
        this.lister = lister;
        this.thread = Thread.ofPlatform().daemon().name("factwire-rank-order-ends").start(this::run);
    }

    /** The partitions the merge reads, by source partition: their last stable offsets are listed with the text work's progress. */
    void inputs(List<TopicPartition> partitions) {
        lister.inputs(partitions);
    }

    /** @param group the application's consumer group, whose committed offsets on the topic are listed too */
    static SourceEnds start(Map<String, Object> adminConfig, String topic, int partitions, String group) {
        return new SourceEnds(new AdminLister(adminConfig, topic, partitions, group));
    }

    /**
     * The first end offsets listed at or after {@code ms} that are still kept (the oldest kept when all are later),
     * or null when none was listed that late yet: then one is listed once {@code ms} has come.
     */
    synchronized Snapshot takenAtOrAfter(long ms) {
        return firstAtOrAfter(ms, false);
    }

    /**
     * Like {@link #takenAtOrAfter}, with how far the text work had got: listed only for the lists the merge asks
     * this of (judging a silent partition), two more requests each, not for every list of end offsets.
     */
    synchronized Snapshot workedAtOrAfter(long ms) {
        return firstAtOrAfter(ms, true);
    }

    private Snapshot firstAtOrAfter(long ms, boolean withWork) {
        Snapshot found = null;
        for (Iterator<Snapshot> newestFirst = snapshots.descendingIterator(); newestFirst.hasNext(); ) {
            Snapshot snapshot = newestFirst.next();
            if (snapshot.takenMs() < ms) break;
            if (!withWork || snapshot.work() != null) found = snapshot;
        }
        if (found == null && ms < wantedMs) {
            wantedMs = ms;
            notifyAll();
        }
        if (found == null && withWork) workWantedMs = Math.min(workWantedMs, ms);
        return found;
    }

    private synchronized void add(Snapshot snapshot) {
        snapshots.addLast(snapshot);
        if (snapshots.size() > KEPT) snapshots.removeFirst();
        if (wantedMs <= snapshot.takenMs()) wantedMs = Long.MAX_VALUE;
        if (snapshot.work() != null && workWantedMs <= snapshot.takenMs()) workWantedMs = Long.MAX_VALUE;
    }

    private synchronized boolean workWanted() {
        return workWantedMs != Long.MAX_VALUE;
    }

    /**
     * Waits until a list is wanted and may be taken: its time has come, and {@link #EVERY} has passed since the last
     * one was taken at {@code lastMs}.
     */
    private synchronized void awaitWanted(long lastMs) throws InterruptedException {
        while (!closed) {
            long now = System.currentTimeMillis();
            if (wantedMs == Long.MAX_VALUE) {
                wait();
                continue;
            }
            long start = Math.max(wantedMs, lastMs + EVERY.toMillis());
            if (start <= now) return;
            wait(start - now);
        }
    }

    private void run() {
        long failures = 0;
        long lastMs = Long.MIN_VALUE / 2;
        while (!closed) {
            try {
                awaitWanted(lastMs);
                if (closed) return;
                lastMs = System.currentTimeMillis();
                boolean withWork = workWanted();
                long[] ends = lister.list();
                add(new Snapshot(lastMs, ends, withWork ? lister.work() : null));
                failures = 0;
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // Until it answers again, partitions count as quiet only after factwire.order.max-wait.
                if (failures++ % 100 == 0) LOG.warn("rank order: cannot list the end offsets: {}", e.toString());
                try {
                    Thread.sleep(EVERY.multipliedBy(10));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        lister.close();
    }

    /** Lists through an admin client, which it closes. */
    private static final class AdminLister implements Lister {
        private final Admin admin;
        private final String topic;
        private final int partitions;
        private final String group;
        private volatile List<TopicPartition> inputs;
        private boolean refusedLogged;
        /** Partitions the topic does not have are empty: found once, and again after any failure. */
        private Map<TopicPartition, OffsetSpec> request;

        AdminLister(Map<String, Object> adminConfig, String topic, int partitions, String group) {
            this.admin = Admin.create(adminConfig);
            this.topic = topic;
            this.partitions = partitions;
            this.group = group;
        }

        @Override
        public void inputs(List<TopicPartition> partitions) {
            inputs = List.copyOf(partitions);
        }

        @Override
        public Work work() {
            try {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                long[] committed = new long[partitions];
                Arrays.fill(committed, -1);
                offsets.forEach((partition, offset) -> {
                    if (offset != null && partition.topic().equals(topic) && partition.partition() < partitions) {
                        committed[partition.partition()] = offset.offset();
                    }
                });
                return new Work(committed, inputEnds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Work.UNKNOWN;
            } catch (Exception e) {
                if (!refused(e)) {
                    // A slow or restarting broker: no answer this time; the merge waits, and it is listed again.
                    LOG.debug("rank order: cannot list how far the text work of {} got: {}", group, e.toString());
                    return null;
                }
                if (!refusedLogged) {
                    refusedLogged = true;
                    LOG.warn("rank order: the broker refuses to list how far the text work of {} got ({}): a silent"
                            + " partition counts as quiet after factwire.order.max-wait of silence alone",
                            group, e.toString());
                }
                return Work.UNKNOWN;
            }
        }

        /** The last stable offsets of the merge's input partitions, in their order (null: not told them yet). */
        private long[] inputEnds() throws Exception {
            List<TopicPartition> reading = inputs;
            if (reading == null) return null;
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            reading.forEach(partition -> request.put(partition, OffsetSpec.latest()));
            var answer = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(5, TimeUnit.SECONDS);
            long[] ends = new long[reading.size()];
            for (int i = 0; i < ends.length; i++) ends[i] = answer.get(reading.get(i)).offset();
            return ends;
        }

        @Override
        public long[] list() throws Exception {
            try {
                if (request == null) request = request();
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer =
                        admin.listOffsets(request).all().get(5, TimeUnit.SECONDS);
                long[] ends = new long[partitions];
                answer.forEach((partition, info) -> ends[partition.partition()] = info.offset());
                return ends;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                request = null;
                throw new Exception(topic + ": " + e, e);
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

        /** Whether the broker will not answer this at all (no right to describe the group, too old a broker). */
        private static boolean refused(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuthorizationException || cause instanceof UnsupportedVersionException) return true;
            }
            return false;
        }

        @Override
        public void close() {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
