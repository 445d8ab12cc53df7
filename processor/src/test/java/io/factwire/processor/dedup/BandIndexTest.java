package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;

class BandIndexTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    /** A Monday well inside an epoch of 7 days counted from 1970. */
    private static final long T0 = 20_000 * DAY + DAY / 2;

    private static BandIndex index(DedupConfig config) {
        WindowStore<String, List<IndexEntry>> store = Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore("dedup-index-test", new IngestEpochs(config.retention()).storeRetention(),
                        Duration.ofMillis(1), false),
                Serdes.String(), BandIndex.BUCKET).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return new BandIndex(store, config);
    }

    private static DedupConfig scanning(int maxBucketScan) {
        return DedupConfig.from(Map.of("factwire.dedup.max-bucket-scan", Integer.toString(maxBucketScan)));
    }

    private static void file(BandIndex index, String key, String id, long time) {
        index.recent(key, time);
        index.put(key, new IndexEntry(id, time, id), time);
    }

    @Test
    void aBucketKeepsItsMostRecentEntriesNewestFirstUpToTheScanBound() {
        BandIndex index = index(scanning(3));
        file(index, "n0.a", "first", T0);
        file(index, "n0.a", "third", T0 + 2);
        file(index, "n0.a", "second", T0 + 1);
        file(index, "n0.a", "fourth", T0 + 3);
        file(index, "n1.b", "other", T0 + 3);
        Map<IndexEntry, Long> recent = index.recent("n0.a", T0 + 4);
        assertThat(recent.keySet()).extracting(IndexEntry::articleId).containsExactly("fourth", "third", "second");
        assertThat(recent).containsEntry(new IndexEntry("fourth", T0 + 3, "fourth"), T0 + 3);
    }

    @Test
    void entriesAreFoundAcrossAnEpochBoundaryAndForgottenOutOfTheRetention() {
        BandIndex index = index(DedupConfig.DEFAULTS);
        file(index, "n0.a", "monday", T0);
        long nextWeek = T0 + 6 * DAY;
        file(index, "n1.b", "opens-the-next-epoch", nextWeek);
        assertThat(index.recent("n0.a", nextWeek).keySet()).extracting(IndexEntry::articleId).containsExactly("monday");
        file(index, "n0.a", "sunday", nextWeek);
        assertThat(index.recent("n0.a", T0 + 8 * DAY).keySet()).extracting(IndexEntry::articleId)
                .containsExactly("sunday");
        assertThat(index.recent("n0.a", nextWeek + 7 * DAY).keySet()).extracting(IndexEntry::articleId)
                .containsExactly("sunday");
        assertThat(index.recent("n0.a", nextWeek + 8 * DAY)).isEmpty();
    }
}
