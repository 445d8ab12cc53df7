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
 * decoded. Confirming a candidate otherwise reads and decodes a sketch of 1 to 2 KB, and a burst of copies (or of texts
 * sharing boilerplate) compares against the same few recent articles again and again. A filed sketch never
 * changes, so the memory copy cannot go stale; it starts empty with the sequencer's {@code init()}.
 */
final class RecentSketches {
    static final String STORE = "dedup-sketches";
    /** About 2 KB each (the whole text's sketch and its lead's). */
    private static final int CACHED = 8_192;

    private final WindowStore<String, TextSketch> store;
    private final Map<Filed, TextSketch> recent = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Filed, TextSketch> eldest) {
            return size() > CACHED;
        }
    };

    RecentSketches(WindowStore<String, TextSketch> store) {
        this.store = store;
    }

    static StoreBuilder<WindowStore<String, TextSketch>> storeBuilder(DedupConfig config) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, config.retention(), Duration.ofMillis(1), false),
                Serdes.String(), DedupSerdes.SKETCH);
    }

    /** The sketch of the article filed at {@code ingested}, or null when there is none. */
    TextSketch fetch(String articleId, long ingested) {
        Filed filed = new Filed(articleId, ingested);
        TextSketch sketch = recent.get(filed);
        if (sketch == null) {
            sketch = store.fetch(articleId, ingested);
            if (sketch != null) recent.put(filed, sketch);
        }
        return sketch;
    }

    void put(String articleId, TextSketch sketch, long ingested) {
        store.put(articleId, sketch, ingested);
        recent.put(new Filed(articleId, ingested), sketch);
    }

    /** Where a sketch is filed: the article and its ingest time. */
    private record Filed(String articleId, long ingested) {}
}
