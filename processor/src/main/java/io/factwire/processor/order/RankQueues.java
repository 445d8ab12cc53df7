package io.factwire.processor.order;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The records waiting for their turn, one first-in-first-out queue per source partition, and the rule that picks
 * the next one: a k-way merge of the partitions' streams by rank. The head of lowest rank goes next once every
 * source partition has a record waiting or is quiet: then no record still to come can rank before it, as long as
 * each partition's records come in rank order.
 *
 * <p>A partition without a record waiting is caught up when the merge has seen its last offset as of a list of end
 * offsets taken at least {@link #IN_FLIGHT_MS} after the candidate's ingest time ({@link SourceEnds}): anything
 * appended later was stamped later. Without such a list (no broker answer, or the partition's last records were
 * dropped before the merge: poison, re-sends) it is taken for quiet once nothing came from it for {@code maxWait},
 * not counting the time the merge itself spent deciding released records (the decision shares its stream thread with
 * some partitions' text work). Past {@code maxWaiting} records in all, the lowest goes anyway (memory stays bounded).
 *
 * <p>Each partition's queue is in arrival order, which is its offset order: the result is a pure function of the
 * partitions' streams whenever no partition is taken for quiet while it still has records on their way.
 */
final class RankQueues {

    /** A waiting record: its store key, its rank (ingest time, then id), where it was read and when it reached the merge. */
    record Waiting(byte[] key, long ingested, String id, int partition, long offset, long arrivedMs) {}

    /**
     * How long after a record's ingest time a list of end offsets must have been taken to count for it: a record the
     * same publisher stamped earlier is appended by then (it was sent first; this bounds its time in flight).
     */
    static final long IN_FLIGHT_MS = 100;

    static final Comparator<Waiting> RANK = Comparator.comparingLong(Waiting::ingested)
            .thenComparing(Waiting::id)
            .thenComparingInt(Waiting::partition);

    private final int partitions;
    private final long maxWaitMs;
    private final int maxWaiting;
    private final Map<Integer, ArrayDeque<Waiting>> queues = new TreeMap<>();
    private final long[] lastArrivalMs;
    private final long[] seenOffset;
    private final long[] busyAtArrivalNanos;
    private long busyNanos;
    private int waiting;
    private long passedQuiet;
    private long passedFull;

    /**
     * @param partitions how many source partitions there are (records of higher partitions are merged too, but not
     *                   waited for)
     * @param startMs    when the merge started: a partition that has sent nothing yet is quiet {@code maxWait} later
     */
    RankQueues(int partitions, long maxWaitMs, int maxWaiting, long startMs) {
        this.partitions = partitions;
        this.maxWaitMs = maxWaitMs;
        this.maxWaiting = maxWaiting;
        this.lastArrivalMs = new long[Math.max(0, partitions)];
        this.busyAtArrivalNanos = new long[Math.max(0, partitions)];
        this.seenOffset = new long[Math.max(0, partitions)];
        java.util.Arrays.fill(lastArrivalMs, startMs);
        java.util.Arrays.fill(seenOffset, -1);
    }

    void add(Waiting record) {
        queues.computeIfAbsent(record.partition(), p -> new ArrayDeque<>()).addLast(record);
        waiting++;
        if (record.partition() < partitions) {
            lastArrivalMs[record.partition()] = Math.max(lastArrivalMs[record.partition()], record.arrivedMs());
            busyAtArrivalNanos[record.partition()] = busyNanos;
            seenOffset[record.partition()] = Math.max(seenOffset[record.partition()], record.offset());
        }
    }

    /** Time the merge spent deciding what it released: not counted as a partition's quiet time. */
    void busy(long nanos) {
        busyNanos += nanos;
    }

    int size() {
        return waiting;
    }

    /** How many records went while a partition without one waiting was taken for quiet (not known caught up). */
    long passedQuiet() {
        return passedQuiet;
    }

    /** How many records went because {@code maxWaiting} records were waiting. */
    long passedFull() {
        return passedFull;
    }

    /**
     * The next record to release at {@code nowMs}, removed from its queue; empty when the next must wait.
     *
     * @param ends the latest end offsets of the source partitions, or null when none are known
     */
    Optional<Waiting> next(long nowMs, SourceEnds.Snapshot ends) {
        Waiting lowest = null;
        for (ArrayDeque<Waiting> queue : queues.values()) {
            Waiting head = queue.peekFirst();
            if (head != null && (lowest == null || RANK.compare(head, lowest) < 0)) lowest = head;
        }
        if (lowest == null) return Optional.empty();
        boolean anyQuiet = false;
        for (int partition = 0; partition < partitions; partition++) {
            ArrayDeque<Waiting> queue = queues.get(partition);
            if (queue != null && !queue.isEmpty() || caughtUp(partition, lowest, ends)) continue;
            if (!quiet(partition, nowMs)) {
                if (waiting < maxWaiting) return Optional.empty();
                passedFull++;
                return Optional.of(take(lowest));
            }
            anyQuiet = true;
        }
        if (anyQuiet) passedQuiet++;
        return Optional.of(take(lowest));
    }

    private boolean caughtUp(int partition, Waiting candidate, SourceEnds.Snapshot ends) {
        return ends != null && ends.takenMs() >= candidate.ingested() + IN_FLIGHT_MS
                && seenOffset[partition] + 1 >= ends.ends()[partition];
    }

    private boolean quiet(int partition, long nowMs) {
        long silent = nowMs - lastArrivalMs[partition] - (busyNanos - busyAtArrivalNanos[partition]) / 1_000_000;
        return silent >= maxWaitMs;
    }

    private Waiting take(Waiting head) {
        queues.get(head.partition()).pollFirst();
        waiting--;
        return head;
    }
}
