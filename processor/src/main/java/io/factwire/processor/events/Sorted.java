package io.factwire.processor.events;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Immutable maps in key order (natural {@code String} order), held as two arrays. The index sums floats over these
 * maps and picks top features from them: a fixed iteration order keeps every run (and every replica restoring the
 * stores) bit-for-bit identical, which hash-ordered maps (whose order may change with capacity or, for
 * {@code Map.copyOf}, from one JVM to the next) do not. Arrays rather than a tree: scoring an article walks its
 * vector and a candidate's centroid side by side, and a decoded event is built from features already in order.
 */
final class Sorted<V> extends AbstractMap<String, V> {

    private final String[] keys;
    private final Object[] values;

    private Sorted(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The map in key order; a map made here is returned as it is. */
    static <V> Sorted<V> copy(Map<String, V> map) {
        if (map instanceof Sorted<V> sorted) return sorted;
        String[] keys = new String[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<String, V> entry : map.entrySet()) {
            keys[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return of(keys, values);
    }

    /** Over the arrays given (not copied: the caller hands them over), sorted by key first when they are not. */
    static <V> Sorted<V> of(String[] keys, Object[] values) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1].compareTo(keys[i]) >= 0) return sortedCopy(keys, values);
        }
        return new Sorted<>(keys, values);
    }

    private static <V> Sorted<V> sortedCopy(String[] keys, Object[] values) {
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        String[] sortedKeys = new String[keys.length];
        Object[] sortedValues = new Object[keys.length];
        for (int i = 0; i < order.length; i++) {
            if (i > 0 && keys[order[i]].equals(sortedKeys[i - 1])) throw new IllegalArgumentException("duplicate key " + keys[order[i]]);
            sortedKeys[i] = keys[order[i]];
            sortedValues[i] = values[order[i]];
        }
        return new Sorted<>(sortedKeys, sortedValues);
    }

    String key(int index) {
        return keys[index];
    }

    @SuppressWarnings("unchecked")
    V value(int index) {
        return (V) values[index];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String && Arrays.binarySearch(keys, key) >= 0;
    }

    @Override
    public V get(Object key) {
        if (!(key instanceof String)) return null;
        int index = Arrays.binarySearch(keys, key);
        return index >= 0 ? value(index) : null;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        Map.Entry<String, V> entry = new AbstractMap.SimpleImmutableEntry<>(keys[next], value(next));
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
