package io.factwire.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankQueuesTest {

    private static RankQueues.Waiting record(int partition, long ingested, String id, long arrived) {
        return new RankQueues.Waiting(new byte[0], ingested, id, partition, ingested, arrived);
    }

    /** Adds the records in the order given, releasing what may go after each; then lets every wait run out. */
    private static List<String> merged(List<RankQueues.Waiting> arrivals) {
        RankQueues queues = new RankQueues(3, 200, 100, 0);
        List<String> released = new ArrayList<>();
        for (RankQueues.Waiting record : arrivals) {
            queues.add(record);
            for (Optional<RankQueues.Waiting> next = queues.next(0, null); next.isPresent(); next = queues.next(0, null)) {
                released.add(next.get().id());
            }
        }
        for (Optional<RankQueues.Waiting> next = queues.next(1_000, null); next.isPresent(); next = queues.next(1_000, null)) {
            released.add(next.get().id());
        }
        return released;
    }

    @Test
    void anyInterleavingOfThePartitionsStreamsGivesTheOrderOfRank() {
        RankQueues.Waiting a = record(0, 1, "a", 0), d = record(0, 4, "d", 0);
        RankQueues.Waiting b = record(1, 2, "b", 0), c = record(1, 3, "c", 0);
        RankQueues.Waiting e = record(2, 5, "e", 0), f = record(2, 6, "f", 0);

        assertThat(merged(List.of(a, d, b, c, e, f))).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(merged(List.of(e, f, b, c, a, d))).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(merged(List.of(b, e, a, c, f, d))).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void aPartitionsOwnOrderIsKeptEvenWhereItsRanksAreNot() {
        // Two producers' clocks: partition 0 holds a later-stamped record before an earlier-stamped one.
        RankQueues.Waiting late = record(0, 9, "late", 0), early = record(0, 1, "early", 0);
        RankQueues.Waiting b = record(1, 5, "b", 0), c = record(2, 6, "c", 0);

        assertThat(merged(List.of(late, early, b, c))).isEqualTo(merged(List.of(b, c, late, early)));
    }

    @Test
    void aPartitionThatSendsNothingIsWaitedForUntilItIsQuiet() {
        RankQueues queues = new RankQueues(3, 200, 100, 0);
        queues.add(record(0, 1, "a", 1_000));
        queues.add(record(1, 2, "b", 1_050));

        assertThat(queues.next(1_000, null)).as("partition 2 has sent nothing for 1 s: quiet").map(RankQueues.Waiting::id).contains("a");
        queues.add(record(2, 3, "c", 1_100));
        assertThat(queues.next(1_100, null)).as("partition 0 sent 100 ms ago").isEmpty();
        assertThat(queues.next(1_200, null)).map(RankQueues.Waiting::id).contains("b");
        assertThat(queues.next(1_200, null)).as("partition 1 sent 150 ms ago").isEmpty();
        assertThat(queues.next(1_250, null)).map(RankQueues.Waiting::id).contains("c");
        assertThat(queues.size()).isZero();
        assertThat(queues.passedQuiet()).isEqualTo(3);
    }

    @Test
    void aPartitionWithNothingWaitingIsDoneOnceItsLastOffsetWasSeenAsOfALaterListOfEndOffsets() {
        RankQueues queues = new RankQueues(3, 2_000, 100, 1_000);
        queues.add(new RankQueues.Waiting(new byte[0], 1_000, "a", 0, 0, 1_000));

        assertThat(queues.next(1_000, new SourceEnds.Snapshot(1_050, new long[] {1, 0, 0})))
                .as("listed before anything stamped before a was surely appended").isEmpty();
        assertThat(queues.next(1_000, new SourceEnds.Snapshot(1_100, new long[] {1, 1, 0})))
                .as("partition 1 has a record on its way").isEmpty();
        assertThat(queues.next(1_000, new SourceEnds.Snapshot(1_100, new long[] {1, 0, 0})))
                .map(RankQueues.Waiting::id).contains("a");
        assertThat(queues.passedQuiet()).isZero();
    }

    @Test
    void timeSpentDecidingIsNotQuietTime() {
        RankQueues queues = new RankQueues(2, 200, 100, 0);
        queues.add(record(0, 1, "a", 1_000));
        queues.add(record(1, 2, "b", 1_000));
        assertThat(queues.next(1_000, null)).map(RankQueues.Waiting::id).contains("a");
        queues.busy(500_000_000L);

        assertThat(queues.next(1_600, null)).as("600 ms since partition 0 sent, 500 of them spent deciding").isEmpty();
        assertThat(queues.next(1_700, null)).map(RankQueues.Waiting::id).contains("b");
    }

    @Test
    void aLaggingPartitionIsWaitedForUntilTooManyRecordsWait() {
        RankQueues queues = new RankQueues(2, 200, 3, 0);
        queues.add(record(1, 1, "lagging", 1_000));
        assertThat(queues.next(1_000, null)).map(RankQueues.Waiting::id).contains("lagging");
        queues.add(record(0, 5, "x", 1_000));
        queues.add(record(0, 6, "y", 1_000));
        assertThat(queues.next(1_100, null)).isEmpty();
        queues.add(record(0, 7, "z", 1_100));

        assertThat(queues.next(1_100, null)).map(RankQueues.Waiting::id).contains("x");
        assertThat(queues.passedFull()).isEqualTo(1);
    }

    @Test
    void tiesInIngestTimeGoByArticleId() {
        RankQueues queues = new RankQueues(2, 200, 100, 0);
        queues.add(record(1, 7, "b", 0));
        queues.add(record(0, 7, "a", 0));

        assertThat(queues.next(0, null)).map(RankQueues.Waiting::id).contains("a");
    }
}
