package io.factwire.processor.dedup;

import io.factwire.processor.serde.BinarySerde;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The buckets of the dedup index (exact keys and LSH band keys), each the most recent articles filed under it.
 *
 * <p>The buckets live in memory ({@link KeyChains}, one per ingest-time epoch); the store holds one record per
 * article filed: its entry and the hashes of its keys, under the order it was filed in. The store is the backup,
 * through its changelog: one small record per article instead of a rewritten bucket per key (some 42), and no
 * RocksDB read on a probe (most band keys are in no bucket at all). The index is rebuilt from the store when the
 * sequencer starts ({@code init()}: after a restore, a restart, an exactly-once abort), filing the records again in
 * their order, so the rebuilt buckets are the ones that were lost.
 *
 * <p>Ageing stays by ingest time: an epoch is one retention long; a probe reads the epochs its reach spans (two,
 * sometimes three), the memory keeps the latest two epochs written to (what a window store of two retentions keeps),
 * and entries out of reach are left out of the answer.
 */
final class BandIndex {
    static final String STORE = "dedup-entries";

    /** An article as filed: its entry and its keys' hashes (the key of the record is the order it was filed in). */
    record Filed(IndexEntry entry, long[] keys) {}

    /** Format 1: article id, cluster original, key hashes; the ingest time is the record's window. */
    static final BinarySerde<Filed> FILED = new BinarySerde<>("dedup index entry", 1, (filed, out) -> {
        out.writeUTF(filed.entry().articleId());
        out.writeUTF(filed.entry().originalId());
        out.writeShort(filed.keys().length);
        for (long key : filed.keys()) out.writeLong(key);
    }, in -> {
        String articleId = in.readUTF();
        String originalId = in.readUTF();
        long[] keys = new long[in.readUnsignedShort()];
        for (int i = 0; i < keys.length; i++) keys[i] = in.readLong();
        // The ingest time is the window start: BandIndex puts it back when it reads the record.
        return new Filed(new IndexEntry(articleId, 0, originalId), keys);
    });

    private final WindowStore<Long, Filed> store;
    private final IngestEpochs epochs;
    private final int maxEntries;
    private final int maxIndexed;
    private final TreeMap<Long, KeyChains> byEpoch = new TreeMap<>();
    private long nextSequence;

    /** Reads every record of the store back into memory. */
    BandIndex(WindowStore<Long, Filed> store, DedupConfig config) {
        this.store = store;
        this.epochs = new IngestEpochs(config.retention());
        this.maxEntries = config.maxBucketScan();
        this.maxIndexed = config.maxIndexed();
        List<KeyValue<Long, Filed>> filed = new ArrayList<>();
        try (KeyValueIterator<Windowed<Long>, Filed> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<Long>, Filed> record = all.next();
                IndexEntry stored = record.value.entry();
                IndexEntry entry = new IndexEntry(stored.articleId(), record.key.window().start(), stored.originalId());
                filed.add(KeyValue.pair(record.key.key(), new Filed(entry, record.value.keys())));
            }
        }
        filed.sort(Comparator.comparing(record -> record.key));
        for (KeyValue<Long, Filed> record : filed) {
            fileInMemory(record.value);
            nextSequence = record.key + 1;
        }
    }

    /** The store: one record per article, by filing order and ingest time, for two epochs. */
    static StoreBuilder<WindowStore<Long, Filed>> storeBuilder(DedupConfig config) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(STORE,
                        new IngestEpochs(config.retention()).storeRetention(), java.time.Duration.ofMillis(1), false),
                Serdes.Long(), FILED);
    }

    /**
     * The most recent entries of a bucket ingested within the retention of {@code time} (either side), at most
     * {@link DedupConfig#maxBucketScan()}, newest first, each with the time it was indexed at.
     */
    Map<IndexEntry, Long> recent(String key, long time) {
        long hash = hash(key);
        List<IndexEntry> merged = new ArrayList<>();
        for (long epoch : epochs.inReach(time)) {
            KeyChains chains = byEpoch.get(epoch);
            if (chains != null) chains.newest(hash, maxEntries, merged);
        }
        // Each chain is newest first and epochs do not overlap: a stable sort keeps the later filed of a tie ahead.
        merged.sort((a, b) -> Long.compare(b.ingested(), a.ingested()));
        Map<IndexEntry, Long> recent = new LinkedHashMap<>();
        for (IndexEntry entry : merged) {
            if (recent.size() == maxEntries) break;
            if (epochs.inReach(entry.ingested(), time)) recent.put(entry, entry.ingested());
        }
        return recent;
    }

    /** Files an article under each of its keys, in the epoch of its ingest time. */
    void file(IndexEntry entry, List<String> keys) {
        long[] hashes = new long[keys.size()];
        for (int i = 0; i < hashes.length; i++) hashes[i] = hash(keys.get(i));
        Filed filed = new Filed(entry, hashes);
        store.put(nextSequence++, filed, entry.ingested());
        fileInMemory(filed);
    }

    private void fileInMemory(Filed filed) {
        long epoch = epochs.of(filed.entry().ingested());
        // Two epochs, as the store keeps them: a window store hides what is a retention behind its latest window.
        long latest = Math.max(epoch, byEpoch.isEmpty() ? epoch : byEpoch.lastKey());
        if (epoch <= latest - 2 * epochs.length()) return;
        byEpoch.computeIfAbsent(epoch, start -> new KeyChains()).file(filed.entry(), filed.keys());
        byEpoch.headMap(latest - 2 * epochs.length(), true).clear();
        forgetBeyondBound();
    }

    /**
     * The heap bound ({@link DedupConfig#maxIndexed()}): past it the oldest articles go, oldest epoch first, a run at
     * a time. Filing order alone decides it, so a rebuilt index forgets the same articles.
     */
    private void forgetBeyondBound() {
        while (byEpoch.values().stream().mapToLong(KeyChains::indexed).sum() > maxIndexed) {
            Map.Entry<Long, KeyChains> oldest = byEpoch.firstEntry();
            if (oldest.getValue().forgetOldest()) continue;
            if (byEpoch.size() == 1) return;
            byEpoch.pollFirstEntry();
        }
    }

    /** Bucket keys are hashes already (of a URL, a body, a band's MinHash values): 64 bits of them. */
    private static long hash(String key) {
        return WordShingles.HASHER.hashCharsToLong(key);
    }
}
