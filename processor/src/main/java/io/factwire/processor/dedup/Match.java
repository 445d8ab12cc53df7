package io.factwire.processor.dedup;

import io.factwire.avro.DuplicateKind;
import java.util.Comparator;

/** A confirmed earlier article the probing article duplicates. */
record Match(String originalId, long originalIngested, DuplicateKind kind, double similarity) {

    /** Exact beats near, then higher similarity, then the earlier original: deterministic whatever the arrival. */
    static final Comparator<Match> PREFERENCE = Comparator
            .comparing((Match m) -> m.kind == DuplicateKind.exact ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Match::similarity).reversed())
            .thenComparingLong(Match::originalIngested)
            .thenComparing(Match::originalId);

    static Match better(Match a, Match b) {
        if (a == null) return b;
        if (b == null) return a;
        return PREFERENCE.compare(a, b) <= 0 ? a : b;
    }
}
