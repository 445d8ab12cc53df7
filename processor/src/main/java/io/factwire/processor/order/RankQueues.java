package io.factwire.processor.order;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records waiting for their turn, one first-in-first-out queue per source partition, and the rule that picks
 * the next one: a k-way merge of the partitions' streams by rank. The head of lowest rank goes next once every
 * source partition has a record waiting or has nothing on its way that could rank before it.
 *
 * <p>A partition without a record waiting is caught up when the merge has seen every offset it held as of the first
 * list of end offsets ({@link SourceEnds}) taken once the candidate had reached the merge and at least
 * {@code inFlight} ({@code factwire.order.in-flight}) after its ingest time: a record stamped before the candidate
 * by the same publisher was sent before it, and is appended by then unless it spent longer than that between its
 * stamp and its append, or longer in the publisher than the candidate spent getting from the broker through the
 * text work to the merge. What came later ranks later and is not waited for (waiting for
 * the latest list instead makes each record wait for the next ones: p99 972 ms at 100 articles/s).
 *
 * <p>A partition whose newest records never reach the merge (dropped before it: re-sends, poison) is taken for quiet
 * once nothing came from it for {@code maxWait}, not counting the time the merge itself spent deciding released
 * records (the decision shares its stream thread with some partitions' text work), and a list taken since shows the
 * text work committed past its end ({@link SourceEnds.Snapshot#worked}). While the text work is behind, the
 * partition is waited for however long that takes (a busy or restarting stream thread is not a quiet partition:
 * with the silence alone, a backlog whose rounds took longer than {@code maxWait} had thousands of records decided
 * out of order). Where lists say nothing of the text work (the broker refuses to list the group's offsets), the
 * silence alone; where no list comes (the broker does not answer), the silence and a further {@code maxWait}
 * without one; and whatever the lists say, once they have shown it behind for {@link #STUCK_WAITS} max-waits.
 * Past {@code maxWaiting} records in all, the lowest goes anyway (memory stays bounded). The fallbacks are logged,
 * at most every 30 s.
 *
 * <p>Each partition's queue is in arrival order, which is its offset order: the result is a pure function of the
 * partitions' streams whenever no partition is taken for quiet while it still has records on their way, and no
 * record spends longer in its publisher than that bound.
 */
final class RankQueues<R> {

    private static final Logger LOG = LoggerFactory.getLogger(RankQueues.class);
    /** How often at most the merge logs that it took a partition for quiet without knowing it caught up. */
    private static final long LOG_EVERY_MS = 30_000;

    /** A waiting record ({@code item}), its rank (ingest time, then id), where it was read and when it reached the merge. */
    record Waiting<R>(R item, long ingested, String id, int partition, long offset, long arrivedMs) {}

    static final Comparator<Waiting<?>> RANK = Comparator.<Waiting<?>>comparingLong(Waiting::ingested)
            .thenComparing(Waiting::id)
            .thenComparingInt(Waiting::partition);

    private final int partitions;
    private final long maxWaitMs;
    /** How long after a record's ingest time a list of end offsets must at least have been taken to count for it. */
    private final long inFlightMs;
    private final int maxWaiting;
    /**
     * A silent partition that lists have shown behind for this many max-waits counts as quiet whatever they say: a
     * bound on the wait should its committed offset never reach its end (Kafka Streams commits past transaction
     * markers too, but the merge must not hang on it).
     */
    static final int STUCK_WAITS = 10;
    /** How old a list may be to tell whether a silent partition's text work is done (a newer one is asked for). */
    static final long RECENT_MS = 100;
    /** Since when a list was asked for to judge a silent partition and none came (MIN_VALUE: none is missing). */
    private long unansweredSinceMs = Long.MIN_VALUE;
    private final boolean listed;
    /** How far the merge read each hop ({@link RankHops}), by hop, which is the source partition's. */
    private final long[] inputRead;
    private final Map<Integer, ArrayDeque<Waiting<R>>> queues = new TreeMap<>();
    private final long[] lastArrivalMs;
    private final long[] seenOffset;
    /** Since when lists showed a silent partition's text work behind, without a record from it (MIN_VALUE: not). */
    private final long[] behindSinceMs;
    private final long[] busyAtArrivalNanos;
    private long busyNanos;
    private int waiting;
    private Waiting<R> lastReleased;
    private long passedQuiet;
    private long passedFull;
    private long late;
    private long loggedMs = Long.MIN_VALUE;

    /**
     * @param partitions how many source partitions there are (records of higher partitions are merged too, but not
     *                   waited for)
     * @param inFlightMs how long a record may take from its ingest time to its append to the source topic
     * @param startMs    when the merge started: a partition that has sent nothing yet is quiet {@code maxWait} later
     */
    RankQueues(int partitions, long maxWaitMs, long inFlightMs, int maxWaiting, long startMs) {
        this(partitions, maxWaitMs, inFlightMs, maxWaiting, startMs, false);
    }

    /** @param listed whether lists of end offsets are taken (else the silence alone makes a partition quiet) */
    RankQueues(int partitions, long maxWaitMs, long inFlightMs, int maxWaiting, long startMs, boolean listed) {
        this.partitions = partitions;
        this.maxWaitMs = maxWaitMs;
        this.inFlightMs = inFlightMs;
        this.maxWaiting = maxWaiting;
        this.listed = listed;
        this.lastArrivalMs = new long[Math.max(0, partitions)];
        this.busyAtArrivalNanos = new long[Math.max(0, partitions)];
        this.seenOffset = new long[Math.max(0, partitions)];
        this.behindSinceMs = new long[Math.max(0, partitions)];
        this.inputRead = new long[Math.max(0, partitions)];
        Arrays.fill(inputRead, -1);
        Arrays.fill(behindSinceMs, Long.MIN_VALUE);
        Arrays.fill(lastArrivalMs, startMs);
        Arrays.fill(seenOffset, -1);
    }

    void add(Waiting<R> record) {
        if (lastReleased != null && RANK.compare(record, lastReleased) < 0) late++;
        queues.computeIfAbsent(record.partition(), p -> new ArrayDeque<>()).addLast(record);
        waiting++;
        if (record.partition() < partitions) {
            lastArrivalMs[record.partition()] = Math.max(lastArrivalMs[record.partition()], record.arrivedMs());
            busyAtArrivalNanos[record.partition()] = busyNanos;
            seenOffset[record.partition()] = Math.max(seenOffset[record.partition()], record.offset());
            behindSinceMs[record.partition()] = Long.MIN_VALUE;
        }
    }

    /** The merge read a hop up to this offset (the offset on the hop, not the source's). */
    void inputRead(int hop, long offset) {
        if (hop >= 0 && hop < inputRead.length) inputRead[hop] = Math.max(inputRead[hop], offset);
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

    /** How many records arrived after a record of higher rank had gone: decided out of rank order. */
    long late() {
        return late;
    }

    /** How many records went because {@code maxWaiting} records were waiting. */
    long passedFull() {
        return passedFull;
    }

    /**
     * The next record to release at {@code nowMs}, removed from its queue; empty when the next must wait.
     *
     * @param ends the end offsets of the source partitions listed at or after a time, null when none was then
     */
    Optional<Waiting<R>> next(long nowMs, LongFunction<SourceEnds.Snapshot> ends) {
        return next(nowMs, ends, ends);
    }

    /**
     * @param worked lists like {@code ends}, each with how far the text work had got (to judge a silent partition)
     */
    Optional<Waiting<R>> next(long nowMs, LongFunction<SourceEnds.Snapshot> ends,
                              LongFunction<SourceEnds.Snapshot> worked) {
        Waiting<R> lowest = null;
        for (ArrayDeque<Waiting<R>> queue : queues.values()) {
            Waiting<R> head = queue.peekFirst();
            if (head != null && (lowest == null || RANK.compare(head, lowest) < 0)) lowest = head;
        }
        if (lowest == null) return Optional.empty();
        boolean anyQuiet = false;
        SourceEnds.Snapshot asOf = null;
        for (int partition = 0; partition < partitions; partition++) {
            ArrayDeque<Waiting<R>> queue = queues.get(partition);
            if (queue != null && !queue.isEmpty()) continue;
            if (asOf == null) asOf = ends.apply(Math.max(lowest.ingested() + inFlightMs, lowest.arrivedMs()));
            if (caughtUp(partition, asOf)) continue;
            if (!quiet(partition, nowMs, worked)) {
                if (waiting < maxWaiting) return Optional.empty();
                passedFull++;
                return Optional.of(take(lowest));
            }
            anyQuiet = true;
        }
        if (anyQuiet) passedQuiet++;
        return Optional.of(take(lowest));
    }

    /** Whether every record the partition held when {@code ends} were listed has reached the merge. */
    private boolean caughtUp(int partition, SourceEnds.Snapshot ends) {
        return ends != null && seenOffset[partition] + 1 >= ends.ends()[partition];
    }

    private boolean quiet(int partition, long nowMs, LongFunction<SourceEnds.Snapshot> worked) {
        long silent = nowMs - lastArrivalMs[partition] - (busyNanos - busyAtArrivalNanos[partition]) / 1_000_000;
        if (silent < maxWaitMs) return false;
        if (!listed) return true;
        SourceEnds.Snapshot recent = worked.apply(nowMs - RECENT_MS);
        if (recent == null) {
            if (unansweredSinceMs == Long.MIN_VALUE) unansweredSinceMs = nowMs;
            if (nowMs - unansweredSinceMs < maxWaitMs) return false;
            return fallBack(nowMs, partition, "no list of end offsets came");
        }
        unansweredSinceMs = Long.MIN_VALUE;
        if (recent.work() == null || recent.work().committed() == null) {
            return fallBack(nowMs, partition, "the text work's committed offsets cannot be listed");
        }
        // Committed past its end, and the merge has read the partition's hop up to where it stood then (but for the
        // transaction marker after its last record).
        long hopEnd = recent.work().inputEnd(partition);
        if (recent.worked(partition) && hopEnd >= 0 && inputRead[partition] + 2 >= hopEnd) {
            return true;
        }
        if (behindSinceMs[partition] == Long.MIN_VALUE) behindSinceMs[partition] = nowMs;
        if (nowMs - behindSinceMs[partition] < STUCK_WAITS * maxWaitMs) return false;
        return fallBack(nowMs, partition, "shown behind for " + STUCK_WAITS + " max-waits");
    }

    /** Takes a silent partition for quiet without knowing it caught up (always true), and says so now and then. */
    private boolean fallBack(long nowMs, int partition, String why) {
        if (nowMs - loggedMs >= LOG_EVERY_MS) {
            loggedMs = nowMs;
            LOG.info("rank order: partition {} taken for quiet after {} ms of silence: {} ({} records so far)",
                    partition, nowMs - lastArrivalMs[partition], why, passedQuiet);
        }
        return true;
    }

    private Waiting<R> take(Waiting<R> head) {
        queues.get(head.partition()).pollFirst();
        waiting--;
        lastReleased = head;
        return head;
    }
}
