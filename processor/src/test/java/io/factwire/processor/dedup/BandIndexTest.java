package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;

class BandIndexTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    /** A Monday well inside an epoch of 7 days counted from 1970. */
    private static final long T0 = 20_000 * DAY + DAY / 2;

    private static WindowStore<Long, BandIndex.Filed> store(DedupConfig config) {
        WindowStore<Long, BandIndex.Filed> store = Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore("dedup-entries-test", new IngestEpochs(config.retention()).storeRetention(),
                        Duration.ofMillis(1), false),
                Serdes.Long(), BandIndex.FILED).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private static BandIndex index(DedupConfig config) {
        return new BandIndex(store(config), config);
    }

    private static DedupConfig scanning(int maxBucketScan) {
        return DedupConfig.from(Map.of("factwire.dedup.max-bucket-scan", Integer.toString(maxBucketScan)));
    }

    private static void file(BandIndex index, String key, String id, long time) {
        index.file(new IndexEntry(id, time, id), List.of(key));
    }

    @Test
    void pastItsBoundTheIndexForgetsItsOldestArticlesAndARebuiltOneForgetsTheSame() {
        DedupConfig config = DedupConfig.from(Map.of("factwire.dedup.max-indexed", "20000"));
        WindowStore<Long, BandIndex.Filed> store = store(config);
        BandIndex index = new BandIndex(store, config);
        int articles = 3 * KeyChains.OPEN_PAIRS / 2;
        for (int i = 0; i < articles; i++) {
            index.file(new IndexEntry("a" + i, T0 + i, "a" + i), List.of("own-" + i, "shared-" + i % 10));
        }
        assertThat(index.recent("own-0", T0 + articles)).isEmpty();
        assertThat(index.recent("own-" + (articles - 1), T0 + articles)).hasSize(1);
        BandIndex rebuilt = new BandIndex(store, config);
        for (String key : List.of("own-0", "own-40000", "own-" + (articles - 20_000), "shared-3")) {
            assertThat(rebuilt.recent(key, T0 + articles)).isEqualTo(index.recent(key, T0 + articles));
        }
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

    /**
     * The index rebuilt from its store (as after a restart, a restore or an exactly-once abort) answers every probe
     * as the one that never stopped: the corpus's real keys, ingest times out of order and spread over many epochs,
     * equal ingest times, and buckets fuller than the scan bound.
     */
    @Test
    void anIndexRebuiltFromItsStoreAnswersAsTheOneThatNeverStopped() {
        DedupConfig config = scanning(3);
        MinHashBands bands = new MinHashBands(config.bands(), config.rowsPerBand());
        List<ArticleSignature> signatures = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (EcbCorpus.Entry entry : EcbCorpus.load()) {
            signatures.add(ArticleSignature.of(entry.article(), config, bands));
            ids.add(entry.article().getId());
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) times.add(T0 + (i / 2) * (DAY / 3));
        // Out of order within some eight days at a time, as partitions interleave at the sequencer.
        Random random = new Random(7);
        for (int from = 0; from < times.size(); from += 50) {
            Collections.shuffle(times.subList(from, Math.min(from + 50, times.size())), random);
        }

        BandIndex running = index(config);
        WindowStore<Long, BandIndex.Filed> store = store(config);
        BandIndex restarted = new BandIndex(store, config);
        int probes = 0;
        for (int i = 0; i < signatures.size(); i++) {
            if (i % 61 == 0) restarted = new BandIndex(store, config);
            ArticleSignature signature = signatures.get(i);
            long time = times.get(i);
            List<String> keys = new ArrayList<>(signature.exactKeys());
            keys.addAll(signature.bandKeys());
            for (String key : keys) {
                Map<IndexEntry, Long> expected = running.recent(key, time);
                assertThat(new ArrayList<>(restarted.recent(key, time).entrySet()))
                        .as("article %d, key %s", i, key).isEqualTo(new ArrayList<>(expected.entrySet()));
                if (!expected.isEmpty()) probes++;
            }
            // Half the copies name another original, as the sequencer files a copy under its cluster.
            IndexEntry entry = new IndexEntry(ids.get(i), time, i % 2 == 0 ? ids.get(i) : ids.get(i / 2));
            running.file(entry, keys);
            restarted.file(entry, keys);
        }
        assertThat(probes).as("probes that found entries").isGreaterThan(500);
    }
}
