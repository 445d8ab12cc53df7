package io.factwire.processor.dedup;

import io.factwire.processor.serde.BinarySerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The buckets of the dedup index (exact keys and LSH band keys), each the most recent articles filed under it.
 *
 * <p>One bucket is one short list, newest first, at most {@link DedupConfig#maxBucketScan()} entries: a probe is
 * one point lookup per epoch instead of a range scan. Point lookups are what RocksDB does cheaply (bloom filters
 * skip the files that do not hold the key, and most band keys are in none); a range scan has to seek into every
 * file of every segment it spans, which made the index the processor's main cost.
 *
 * <p>Ageing stays by ingest time: a list is filed under the start of its ingest-time epoch (one retention long) in
 * a segmented store, so whole epochs are dropped once they are out of reach, and a probe reads the epochs its reach
 * spans (two, sometimes three). Entries out of reach are left out of the answer.
 */
final class BandIndex {
    static final String STORE = "dedup-index";

    /** A bucket: its entries newest first (ingest time, then the later filed first). */
    static final BinarySerde<List<IndexEntry>> BUCKET = new BinarySerde<>("dedup bucket", 1, (entries, out) -> {
        out.writeShort(entries.size());
        for (IndexEntry entry : entries) {
            out.writeUTF(entry.articleId());
            out.writeLong(entry.ingested());
            out.writeUTF(entry.originalId());
        }
    }, in -> {
        int size = in.readUnsignedShort();
        List<IndexEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) entries.add(new IndexEntry(in.readUTF(), in.readLong(), in.readUTF()));
        return entries;
    });

    private final WindowStore<String, List<IndexEntry>> store;
    private final IngestEpochs epochs;
    private final int maxEntries;
    /**
     * Buckets of the current epoch as a probe just read them (absent ones as empty lists), taken by the put that
     * follows the probe of the same article: the sequencer probes every key of an article, then files it under
     * each, so every put would otherwise read its bucket a second time.
     */
    private final Map<String, List<IndexEntry>> probed = new HashMap<>();
    private long probedEpoch = Long.MIN_VALUE;

    BandIndex(WindowStore<String, List<IndexEntry>> store, DedupConfig config) {
        this.store = store;
        this.epochs = new IngestEpochs(config.retention());
        this.maxEntries = config.maxBucketScan();
    }

    /** The store: no duplicates (one list per bucket and epoch), two epochs retained. */
    static StoreBuilder<WindowStore<String, List<IndexEntry>>> storeBuilder(DedupConfig config) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(STORE,
                        new IngestEpochs(config.retention()).storeRetention(), Duration.ofMillis(1), false),
                Serdes.String(), BUCKET);
    }

    /**
     * The most recent entries of a bucket ingested within the retention of {@code time} (either side), at most
     * {@link DedupConfig#maxBucketScan()}, newest first, each with the time it was indexed at.
     */
    Map<IndexEntry, Long> recent(String key, long time) {
        List<IndexEntry> merged = new ArrayList<>();
        long current = epochs.of(time);
        if (current != probedEpoch) {
            probed.clear();
            probedEpoch = current;
        }
        for (long epoch : epochs.inReach(time)) {
            List<IndexEntry> filed = store.fetch(key, epoch);
            if (epoch == current) probed.put(key, filed == null ? List.of() : filed);
            if (filed != null) merged.addAll(filed);
        }
        // Each list is newest first and epochs do not overlap: a stable sort keeps the later filed of a tie ahead.
        merged.sort((a, b) -> Long.compare(b.ingested(), a.ingested()));
        Map<IndexEntry, Long> recent = new LinkedHashMap<>();
        for (IndexEntry entry : merged) {
            if (recent.size() == maxEntries) break;
            if (epochs.inReach(entry.ingested(), time)) recent.put(entry, entry.ingested());
        }
        return recent;
    }

    /** Files an article under a bucket, in the epoch of its ingest time; the oldest entry beyond the bound goes. */
    void put(String key, IndexEntry entry, long time) {
        long epoch = epochs.of(time);
        List<IndexEntry> filed = epoch == probedEpoch ? probed.remove(key) : null;
        if (filed == null) filed = store.fetch(key, epoch);
        List<IndexEntry> updated = new ArrayList<>(filed == null ? List.of() : filed);
        int at = 0;
        while (at < updated.size() && updated.get(at).ingested() > entry.ingested()) at++;
        updated.add(at, entry);
        if (updated.size() > maxEntries) updated.subList(maxEntries, updated.size()).clear();
        store.put(key, updated, epoch);
    }
}
