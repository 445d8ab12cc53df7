package io.factwire.processor.events;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A least-recently-used cache of decoded store values, bounded by its entries and by the weight of its values
 * together. Absent keys are cached too (as null, of weight 1). Not thread-safe: one per task.
 *
 * <p>One map lookup for a hit and two for a miss: the event index asks it some 30 times an article.
 */
final class LruCache<K, V> {
    /** What a key cached as absent maps to. */
    private static final Object ABSENT = new Object();

    private final LinkedHashMap<K, Object> entries = new LinkedHashMap<>(16, 0.75f, true);
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

    boolean containsKey(K key) {
        return entries.containsKey(key);
    }

    /** The cached value, else {@code load}'s (null: absent), which is then cached. */
    V getOrLoad(K key, Function<K, V> load) {
        Object cached = entries.get(key);
        if (cached != null) return value(cached);
        V loaded = load.apply(key);
        put(key, loaded);
        return loaded;
    }

    void put(K key, V value) {
        Object previous = entries.put(key, value == null ? ABSENT : value);
        if (previous != null) weight -= weightOf(value(previous));
        weight += weightOf(value);
        // The entry just put is the most recent: everything before it may go.
        Iterator<Map.Entry<K, Object>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || weight > maxWeight) && entries.size() > 1) {
            weight -= weightOf(value(eldest.next().getValue()));
            eldest.remove();
        }
    }

    @SuppressWarnings("unchecked")
    private V value(Object cached) {
        return cached == ABSENT ? null : (V) cached;
    }

    private int weightOf(V value) {
        return value == null ? 1 : weigh.applyAsInt(value);
    }
}
