package io.factwire.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankQueuesTest {

    private static final java.util.function.LongFunction<SourceEnds.Snapshot> NO_ENDS = ms -> null;

    private static RankQueues.Waiting<byte[]> record(int partition, long ingested, String id, long arrived) {
        return new RankQueues.Waiting<>(new byte[0], ingested, id, partition, ingested, arrived);
    }

    /** Adds the records in the order given, releasing what may go after each; then lets every wait run out. */
    private static List<String> merged(List<RankQueues.Waiting<byte[]>> arrivals) {
        RankQueues<byte[]> queues = new RankQueues<>(3, 200, 100, 100, 0);
        List<String> released = new ArrayList<>();
        for (RankQueues.Waiting<byte[]> record : arrivals) {
            queues.add(record);
            for (Optional<RankQueues.Waiting<byte[]>> next = queues.next(0, NO_ENDS); next.isPresent(); next = queues.next(0, NO_ENDS)) {
                released.add(next.get().id());
            }
        }
        for (Optional<RankQueues.Waiting<byte[]>> next = queues.next(1_000, NO_ENDS); next.isPresent(); next = queues.next(1_000, NO_ENDS)) {
            released.add(next.get().id());
        }
        return released;
    }

    @Test
    void anyInterleavingOfThePartitionsStreamsGivesTheOrderOfRank() {
        RankQueues.Waiting<byte[]> a = record(0, 1, "a", 0), d = record(0, 4, "d", 0);
        RankQueues.Waiting<byte[]> b = record(1, 2, "b", 0), c = record(1, 3, "c", 0);
        RankQueues.Waiting<byte[]> e = record(2, 5, "e", 0), f = record(2, 6, "f", 0);

        assertThat(merged(List.of(a, d, b, c, e, f))).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(merged(List.of(e, f, b, c, a, d))).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(merged(List.of(b, e, a, c, f, d))).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void aPartitionsOwnOrderIsKeptEvenWhereItsRanksAreNot() {
        // Two producers' clocks: partition 0 holds a later-stamped record before an earlier-stamped one.
        RankQueues.Waiting<byte[]> late = record(0, 9, "late", 0), early = record(0, 1, "early", 0);
        RankQueues.Waiting<byte[]> b = record(1, 5, "b", 0), c = record(2, 6, "c", 0);

        assertThat(merged(List.of(late, early, b, c))).isEqualTo(merged(List.of(b, c, late, early)));
    }

    @Test
    void aPartitionThatSendsNothingIsWaitedForUntilItIsQuiet() {
        RankQueues<byte[]> queues = new RankQueues<>(3, 200, 100, 100, 0);
        queues.add(record(0, 1, "a", 1_000));
        queues.add(record(1, 2, "b", 1_050));

        assertThat(queues.next(1_000, NO_ENDS)).as("partition 2 has sent nothing for 1 s: quiet").map(RankQueues.Waiting::id).contains("a");
        queues.add(record(2, 3, "c", 1_100));
        assertThat(queues.next(1_100, NO_ENDS)).as("partition 0 sent 100 ms ago").isEmpty();
        assertThat(queues.next(1_200, NO_ENDS)).map(RankQueues.Waiting::id).contains("b");
        assertThat(queues.next(1_200, NO_ENDS)).as("partition 1 sent 150 ms ago").isEmpty();
        assertThat(queues.next(1_250, NO_ENDS)).map(RankQueues.Waiting::id).contains("c");
        assertThat(queues.size()).isZero();
        assertThat(queues.passedQuiet()).isEqualTo(3);
        queues.add(record(0, 2, "too late", 1_300));
        assertThat(queues.late()).as("ranks before c, which has gone").isEqualTo(1);
    }

    @Test
    void aPartitionWithNothingWaitingIsDoneOnceTheMergeSawWhatItHeldWhenTheCandidateArrived() {
        RankQueues<byte[]> queues = new RankQueues<>(3, 2_000, 100, 100, 1_000);
        queues.add(new RankQueues.Waiting<>(new byte[0], 1_000, "a", 0, 0, 1_150));
        List<SourceEnds.Snapshot> listed = new ArrayList<>();
        java.util.function.LongFunction<SourceEnds.Snapshot> ends = ms ->
                listed.stream().filter(snapshot -> snapshot.takenMs() >= ms).findFirst().orElse(null);

        listed.add(new SourceEnds.Snapshot(1_120, new long[] {1, 0, 0}));
        assertThat(queues.next(1_150, ends)).as("no list yet from after a arrived").isEmpty();
        listed.add(new SourceEnds.Snapshot(1_160, new long[] {1, 1, 0}));
        assertThat(queues.next(1_160, ends)).as("partition 1 then held a record the merge has not seen").isEmpty();
        listed.add(new SourceEnds.Snapshot(1_180, new long[] {1, 2, 1}));
        assertThat(queues.next(1_180, ends)).as("what came later ranks later, but the list of 1,160 still counts").isEmpty();
        queues.add(new RankQueues.Waiting<>(new byte[0], 1_010, "b", 1, 0, 1_180));

        assertThat(queues.next(1_180, ends)).map(RankQueues.Waiting::id).contains("a");
        assertThat(queues.passedQuiet()).isZero();
    }

    @Test
    void timeSpentDecidingIsNotQuietTime() {
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 100, 100, 0);
        queues.add(record(0, 1, "a", 1_000));
        queues.add(record(1, 2, "b", 1_000));
        assertThat(queues.next(1_000, NO_ENDS)).map(RankQueues.Waiting::id).contains("a");
        queues.busy(500_000_000L);

        assertThat(queues.next(1_600, NO_ENDS)).as("600 ms since partition 0 sent, 500 of them spent deciding").isEmpty();
        assertThat(queues.next(1_700, NO_ENDS)).map(RankQueues.Waiting::id).contains("b");
    }

    @Test
    void aLaggingPartitionIsWaitedForUntilTooManyRecordsWait() {
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 100, 3, 0);
        queues.add(record(1, 1, "lagging", 1_000));
        assertThat(queues.next(1_000, NO_ENDS)).map(RankQueues.Waiting::id).contains("lagging");
        queues.add(record(0, 5, "x", 1_000));
        queues.add(record(0, 6, "y", 1_000));
        assertThat(queues.next(1_100, NO_ENDS)).isEmpty();
        queues.add(record(0, 7, "z", 1_100));

        assertThat(queues.next(1_100, NO_ENDS)).map(RankQueues.Waiting::id).contains("x");
        assertThat(queues.passedFull()).isEqualTo(1);
    }

    @Test
    void tiesInIngestTimeGoByArticleId() {
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 100, 100, 0);
        queues.add(record(1, 7, "b", 0));
        queues.add(record(0, 7, "a", 0));

        assertThat(queues.next(0, NO_ENDS)).map(RankQueues.Waiting::id).contains("a");
    }

    /** The first of the given lists taken at or after the time asked for, as SourceEnds answers. */
    private static java.util.function.LongFunction<SourceEnds.Snapshot> lists(List<SourceEnds.Snapshot> listed) {
        return ms -> listed.stream().filter(snapshot -> snapshot.takenMs() >= ms).findFirst().orElse(null);
    }

    @Test
    void aSilentPartitionWhoseTextWorkIsBehindIsWaitedForHoweverLong() {
        // Partition 1 sent its last record at 0 (offset 4, seen); the lists show offset 5 on its way, not yet committed.
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 10, 100, 0, true);
        queues.add(new RankQueues.Waiting<>(new byte[0], 0, "old", 1, 4, 0));
        assertThat(queues.next(0, NO_ENDS)).isEmpty();
        queues.add(new RankQueues.Waiting<>(new byte[0], 1, "early", 0, 0, 0));
        assertThat(queues.next(0, NO_ENDS)).map(RankQueues.Waiting::id).contains("old");
        queues.add(new RankQueues.Waiting<>(new byte[0], 10, "a", 0, 1, 1_000));
        List<SourceEnds.Snapshot> listed = new ArrayList<>();
        for (long at = 1_000; at <= 1_900; at += 100) listed.add(new SourceEnds.Snapshot(at, new long[] {2, 6}, new SourceEnds.Work(new long[] {2, 5}, new long[] {0, 0})));

        assertThat(queues.next(1_000, lists(listed))).as("silent 1 s, and offset 5 is on its way").isEmpty();
        assertThat(queues.next(1_900, lists(listed))).as("silent 1.9 s, but its text work has not committed offset 5").isEmpty();
        listed.add(new SourceEnds.Snapshot(1_950, new long[] {2, 6}, new SourceEnds.Work(new long[] {2, 6}, new long[] {0, 0})));
        assertThat(queues.next(2_020, lists(listed))).as("committed past its end: offset 5 was dropped before the merge")
                .map(RankQueues.Waiting::id).contains("early");
        assertThat(queues.next(2_020, lists(listed))).map(RankQueues.Waiting::id).contains("a");
        assertThat(queues.passedQuiet()).isEqualTo(2);
    }

    @Test
    void aBurstAfterAPauseWaitsForTheRecordsTheListsShowOnTheirWay() {
        // Both partitions idle since 0; a burst's records reach the merge from partition 0 first.
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 10, 100, 0, true);
        queues.add(new RankQueues.Waiting<>(new byte[0], 10_002, "second", 0, 0, 10_050));
        List<SourceEnds.Snapshot> listed = new ArrayList<>();
        assertThat(queues.next(10_050, lists(listed))).as("no list yet").isEmpty();
        listed.add(new SourceEnds.Snapshot(10_060, new long[] {1, 1}, new SourceEnds.Work(new long[] {-1, -1}, new long[] {0, 0})));
        assertThat(queues.next(10_060, lists(listed))).as("partition 1 holds a record its text work has not committed").isEmpty();
        queues.add(new RankQueues.Waiting<>(new byte[0], 10_001, "first", 1, 0, 10_080));

        assertThat(queues.next(10_080, lists(listed))).map(RankQueues.Waiting::id).contains("first");
        assertThat(queues.next(10_080, lists(listed))).map(RankQueues.Waiting::id).contains("second");
        assertThat(queues.passedQuiet() + queues.late()).isZero();
    }

    @Test
    void listsThatSayNothingOfTheTextWorkLeaveTheSilenceAlone() {
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 10, 100, 0, true);
        queues.add(record(0, 1, "a", 1_000));
        List<SourceEnds.Snapshot> listed = List.of(new SourceEnds.Snapshot(1_000, new long[] {5, 5}));
        assertThat(queues.next(1_000, lists(listed))).map(RankQueues.Waiting::id).contains("a");
        assertThat(queues.passedQuiet()).isEqualTo(1);
    }

    @Test
    void whenNoListComesTheSilenceCountsAfterOneMoreMaxWait() {
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 10, 100, 0, true);
        queues.add(record(0, 1, "a", 1_000));
        assertThat(queues.next(1_000, NO_ENDS)).as("a list was asked for").isEmpty();
        assertThat(queues.next(1_150, NO_ENDS)).isEmpty();
        assertThat(queues.next(1_200, NO_ENDS)).as("none came within max-wait: the broker does not answer")
                .map(RankQueues.Waiting::id).contains("a");
    }

    @Test
    void aPartitionWhoseTextWorkIsDoneIsStillWaitedForUntilTheMergeHasReadItsHopThatFar() {
        // A backlog: the text work has committed all of partition 1, but its records wait unread on its hop.
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 10, 100, 0, true);
        queues.add(record(0, 1, "a", 1_000));
        queues.inputRead(1, 3);
        List<SourceEnds.Snapshot> listed = new ArrayList<>();
        for (long at = 1_000; at <= 1_300; at += 100) {
            listed.add(new SourceEnds.Snapshot(at, new long[] {0, 50}, new SourceEnds.Work(new long[] {0, 50}, new long[] {100, 100})));
        }
        assertThat(queues.next(1_000, lists(listed))).as("its hop read to 3 of 100").isEmpty();
        queues.inputRead(0, 99);
        assertThat(queues.next(1_100, lists(listed))).as("another partition's hop read to its end").isEmpty();
        queues.inputRead(1, 98);
        assertThat(queues.next(1_200, lists(listed))).as("its hop read to 98: the rest is the transaction marker")
                .map(RankQueues.Waiting::id).contains("a");
    }

    @Test
    void aPartitionShownBehindForTenMaxWaitsIsQuietWhateverTheListsSay() {
        RankQueues<byte[]> queues = new RankQueues<>(2, 200, 10, 100, 0, true);
        queues.add(record(0, 1, "a", 1_000));
        java.util.function.LongFunction<SourceEnds.Snapshot> behind = ms ->
                new SourceEnds.Snapshot(ms, new long[] {0, 9}, new SourceEnds.Work(new long[] {0, 3}, new long[] {0, 0}));
        assertThat(queues.next(1_000, behind)).as("silent since the start, shown behind from now").isEmpty();
        assertThat(queues.next(2_999, behind)).isEmpty();
        assertThat(queues.next(3_000, behind)).map(RankQueues.Waiting::id).contains("a");
    }
}
