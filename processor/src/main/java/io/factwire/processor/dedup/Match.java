package io.factwire.processor.dedup;

import io.factwire.avro.DuplicateKind;
import java.util.Comparator;

/**
 * A confirmed earlier article the probing article copies, named by the original of its cluster.
 *
 * @param originalId      the original standing for the matched article's cluster
 * @param matchedIngested ingest time of the article actually matched (the tie-break)
 */
record Match(String originalId, long matchedIngested, DuplicateKind kind, double similarity) {

    /** Exact beats near, then higher similarity, then the earlier match: deterministic whatever the arrival. */
    static final Comparator<Match> PREFERENCE = Comparator
            .comparing((Match m) -> m.kind == DuplicateKind.exact ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Match::similarity).reversed())
            .thenComparingLong(Match::matchedIngested)
            .thenComparing(Match::originalId);

    static Match better(Match a, Match b) {
        if (a == null) return b;
        if (b == null) return a;
        return PREFERENCE.compare(a, b) <= 0 ? a : b;
    }
}
