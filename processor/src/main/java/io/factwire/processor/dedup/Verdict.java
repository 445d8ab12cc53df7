package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;

/** The dedup decision on one article: unique ({@code duplicate == null}) or a duplicate of an earlier one. */
record Verdict(Article article, Duplicate duplicate) {
    boolean isDuplicate() {
        return duplicate != null;
    }
}
