package io.factwire.processor.dedup;

import io.factwire.avro.Duplicate;
import java.util.List;

/**
 * The dedup decision on one record: unique (no duplicates) or a copy, with one {@link Duplicate} per original it
 * copies, the best match first.
 */
record Verdict<T>(T item, List<Duplicate> duplicates) {
    static <T> Verdict<T> unique(T item) {
        return new Verdict<>(item, List.of());
    }

    boolean isDuplicate() {
        return !duplicates.isEmpty();
    }
}
