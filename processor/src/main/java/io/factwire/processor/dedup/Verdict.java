package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import java.util.List;

/**
 * The dedup decision on one article: unique (no duplicates) or a copy, with one {@link Duplicate} per original it
 * copies, the best match first.
 */
record Verdict(Article article, List<Duplicate> duplicates) {
    static Verdict unique(Article article) {
        return new Verdict(article, List.of());
    }

    boolean isDuplicate() {
        return !duplicates.isEmpty();
    }
}
