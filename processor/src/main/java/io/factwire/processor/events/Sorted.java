package io.factwire.processor.events;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable copies in key order. The index sums floats over these maps and picks top features from them: a fixed
 * iteration order keeps every run (and every replica restoring the stores) bit-for-bit identical, which hash-ordered
 * maps (whose order may change with capacity or, for {@code Map.copyOf}, from one JVM to the next) do not.
 */
final class Sorted {

    private Sorted() {}

    static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
