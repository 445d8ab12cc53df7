package io.factwire.processor.events;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A least-recently-used cache of decoded store values, bounded by its entries and by the weight of its values
 * together. Absent keys are cached too (as null, of weight 1). Not thread-safe: one per task.
 */
final class LruCache<V> {
    private final LinkedHashMap<String, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxEntries;
    private final long maxWeight;
    private final ToIntFunction<V> weigh;
    private long weight;

    LruCache(int maxEntries, long maxWeight, ToIntFunction<V> weigh) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigh = weigh;
    }

    LruCache(int maxEntries) {
        this(maxEntries, Long.MAX_VALUE, value -> 1);
    }

    boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    V get(String key) {
        return entries.get(key);
    }

    void put(String key, V value) {
        if (entries.containsKey(key)) weight -= weightOf(entries.get(key));
        entries.put(key, value);
        weight += weightOf(value);
        // The entry just put is the most recent: everything before it may go.
        Iterator<Map.Entry<String, V>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || weight > maxWeight) && entries.size() > 1) {
            weight -= weightOf(eldest.next().getValue());
            eldest.remove();
        }
    }

    private int weightOf(V value) {
        return value == null ? 1 : weigh.applyAsInt(value);
    }
}
