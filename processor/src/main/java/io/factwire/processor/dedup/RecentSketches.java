package io.factwire.processor.dedup;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The sketches of indexed articles, filed by ingest time, with the most recently used ones also in memory,
 * decoded. Confirming a candidate otherwise reads and decodes a 1 KB sketch, and a burst of copies (or of texts
 * sharing boilerplate) compares against the same few recent articles again and again. A filed sketch never
 * changes, so the memory copy cannot go stale; it starts empty with the sequencer's {@code init()}.
 */
final class RecentSketches {
    static final String STORE = "dedup-sketches";
    /** About 1 KB each. */
    private static final int CACHED = 8_192;

    private final WindowStore<String, ContainmentSketch> store;
    private final Map<IndexEntry, ContainmentSketch> recent = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IndexEntry, ContainmentSketch> eldest) {
            return size() > CACHED;
        }
    };

    RecentSketches(WindowStore<String, ContainmentSketch> store) {
        this.store = store;
    }

    static StoreBuilder<WindowStore<String, ContainmentSketch>> storeBuilder(DedupConfig config) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, config.retention(), Duration.ofMillis(1), false),
                Serdes.String(), DedupSerdes.SKETCH);
    }

    /** The sketch of the article filed at {@code ingested}, or null when there is none. */
    ContainmentSketch fetch(String articleId, long ingested) {
        IndexEntry filed = new IndexEntry(articleId, ingested);
        ContainmentSketch sketch = recent.get(filed);
        if (sketch == null) {
            sketch = store.fetch(articleId, ingested);
            if (sketch != null) recent.put(filed, sketch);
        }
        return sketch;
    }

    void put(String articleId, ContainmentSketch sketch, long ingested) {
        store.put(articleId, sketch, ingested);
        recent.put(new IndexEntry(articleId, ingested), sketch);
    }
}
