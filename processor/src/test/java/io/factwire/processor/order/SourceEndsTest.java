package io.factwire.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceEndsTest {

    /** Answers every list with the number of lists so far, on each of two partitions. */
    private static class CountingLister implements SourceEnds.Lister {
        final AtomicInteger lists = new AtomicInteger();

        @Override
        public long[] list() {
            int count = lists.incrementAndGet();
            return new long[] {count, count};
        }

        final AtomicInteger works = new AtomicInteger();

        @Override
        public SourceEnds.Work work() {
            works.incrementAndGet();
            return SourceEnds.Work.UNKNOWN;
        }

        @Override
        public void close() {}
    }

    /** The list answering an ask for {@code ms}, asking again as the merge does (it looks every 10 ms). */
    private static SourceEnds.Snapshot awaitList(SourceEnds ends, long ms) throws InterruptedException {
        for (int tries = 0; tries < 500; tries++) {
            SourceEnds.Snapshot found = ends.takenAtOrAfter(ms);
            if (found != null) return found;
            Thread.sleep(10);
        }
        throw new AssertionError("no list taken at or after " + ms + " within 5 s");
    }

    /** Asks for a list taken at or after {@code ms} and expects it to be the first and only one listed. */
    private static void asksForOneList(SourceEnds ends, CountingLister lister, long ms) throws InterruptedException {
        assertThat(awaitList(ends, ms).takenMs()).isGreaterThanOrEqualTo(ms);
        assertThat(lister.lists).hasValue(1);
    }

    @Test
    void nothingIsListedUntilTheMergeAsks() throws InterruptedException {
        CountingLister lister = new CountingLister();
        try (SourceEnds ends = new SourceEnds(lister)) {
            Thread.sleep(200);
            assertThat(lister.lists).hasValue(0);
            asksForOneList(ends, lister, System.currentTimeMillis());
        }
    }

    @Test
    void aListAskedForALaterTimeIsTakenThen() throws InterruptedException {
        CountingLister lister = new CountingLister();
        try (SourceEnds ends = new SourceEnds(lister)) {
            asksForOneList(ends, lister, System.currentTimeMillis() + 150);
        }
    }

    @Test
    void asksWithoutPauseListAtMostOnceEvery20Ms() throws InterruptedException {
        CountingLister lister = new CountingLister();
        try (SourceEnds ends = new SourceEnds(lister)) {
            long start = System.currentTimeMillis();
            while (System.currentTimeMillis() - start < 300) {
                ends.takenAtOrAfter(System.currentTimeMillis());
                Thread.sleep(1);
            }
            assertThat(lister.lists.get()).isBetween(2, 300 / 20 + 1);
        }
    }

    @Test
    void anEarlierListAnswersALaterAskOnlyIfTakenAfterIt() throws InterruptedException {
        CountingLister lister = new CountingLister();
        try (SourceEnds ends = new SourceEnds(lister)) {
            long first = System.currentTimeMillis();
            SourceEnds.Snapshot early = awaitList(ends, first);
            // Asked for a time at or before the list was taken: the same list, no new request.
            assertThat(ends.takenAtOrAfter(early.takenMs())).isSameAs(early);
            assertThat(lister.lists).hasValue(1);

            SourceEnds.Snapshot late = awaitList(ends, early.takenMs() + 1);
            assertThat(late.takenMs()).isGreaterThan(early.takenMs());
            assertThat(late.ends()).containsExactly(2, 2);
        }
    }

    @Test
    void aPartitionIsWorkedOnceTheTextWorkCommittedPastItsEnd() {
        SourceEnds.Snapshot snapshot = new SourceEnds.Snapshot(0, new long[] {5, 5, 0}, new SourceEnds.Work(new long[] {5, 4, -1}, new long[] {0, 0, 0}));
        assertThat(snapshot.worked(0)).isTrue();
        assertThat(snapshot.worked(1)).as("offset 4 not yet committed").isFalse();
        assertThat(snapshot.worked(2)).as("empty, never committed").isFalse();
        assertThat(new SourceEnds.Snapshot(0, new long[] {5}).worked(0)).as("committed offsets unknown").isFalse();
    }

    @Test
    void theTextWorkIsListedOnlyForTheListsThatAskForIt() throws InterruptedException {
        CountingLister lister = new CountingLister();
        try (SourceEnds ends = new SourceEnds(lister)) {
            SourceEnds.Snapshot plain = awaitList(ends, System.currentTimeMillis());
            assertThat(plain.work()).isNull();
            assertThat(lister.works).hasValue(0);
            assertThat(ends.workedAtOrAfter(plain.takenMs())).as("that list did not list it").isNull();
            SourceEnds.Snapshot worked = null;
            for (int tries = 0; tries < 500 && worked == null; tries++) {
                worked = ends.workedAtOrAfter(plain.takenMs());
                Thread.sleep(10);
            }
            assertThat(worked).isNotNull();
            assertThat(worked.work()).isSameAs(SourceEnds.Work.UNKNOWN);
            assertThat(lister.works).hasValue(1);
        }
    }

    @Test
    void aListOfTheTextWorkThatGotNoAnswerIsTakenAgain() throws InterruptedException {
        SourceEnds.Work progress = new SourceEnds.Work(new long[] {3, 3}, new long[] {7, 7});
        CountingLister lister = new CountingLister() {
            @Override
            public SourceEnds.Work work() {
                // The first request times out (a slow broker): no answer, which is not "cannot be listed".
                return works.incrementAndGet() == 1 ? null : progress;
            }
        };
        try (SourceEnds ends = new SourceEnds(lister)) {
            long asked = System.currentTimeMillis();
            SourceEnds.Snapshot worked = null;
            for (int tries = 0; tries < 500 && worked == null; tries++) {
                worked = ends.workedAtOrAfter(asked);
                Thread.sleep(10);
            }
            assertThat(worked).isNotNull();
            assertThat(worked.work()).isSameAs(progress);
            assertThat(lister.works).hasValue(2);
            assertThat(lister.lists.get()).isGreaterThanOrEqualTo(2);
        }
    }
}
