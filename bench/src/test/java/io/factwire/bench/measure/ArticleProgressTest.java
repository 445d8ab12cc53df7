package io.factwire.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleProgressTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long ORIGIN = 5 * SECOND;

    private static GroupProgress.Snapshot look(long secondsAfterOrigin, long source, long repartition) {
        return new GroupProgress.Snapshot(ORIGIN + secondsAfterOrigin * SECOND,
                Map.of("articles", source, "app-repartition", repartition), 0, false);
    }

    @Test
    void progressIsThatOfTheSlowestStage() {
        // the source (offsets 1000 to 1100) is read at once; the repartition topic (0 to 200) takes three seconds
        List<GroupProgress.Snapshot> looks = List.of(look(1, 1100, 20), look(2, 1100, 120), look(3, 1100, 200));
        long[] done = ArticleProgress.completionNanos(looks, Map.of("articles", 1000L), 100, ORIGIN);

        assertThat(done).hasSize(100);
        assertThat(done[0]).isEqualTo(SECOND / 10);
        assertThat(done[9]).isEqualTo(SECOND);
        assertThat(done[34]).isEqualTo(SECOND + SECOND / 2);
        assertThat(done[59]).isEqualTo(2 * SECOND);
        assertThat(done[99]).isEqualTo(3 * SECOND);
        assertThat(done).isSorted();
    }

    @Test
    void aTopicWithNothingToDoDoesNotHoldProgressBack() {
        List<GroupProgress.Snapshot> looks = List.of(
                new GroupProgress.Snapshot(ORIGIN + SECOND, Map.of("articles", 50L, "idle-repartition", 0L), 0, false),
                new GroupProgress.Snapshot(ORIGIN + 2 * SECOND, Map.of("articles", 100L, "idle-repartition", 0L), 0, true));
        long[] done = ArticleProgress.completionNanos(looks, Map.of(), 100, ORIGIN);
        assertThat(done[49]).isEqualTo(SECOND);
        assertThat(done[99]).isEqualTo(2 * SECOND);
    }
}
