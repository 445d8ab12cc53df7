package io.factwire.processor.dedup;

import io.factwire.avro.Article;

/** What the dedup decision reads of a record: the article and its signature, taken where the article arrived. */
public interface Signed {
    Article article();

    ArticleSignature signature();

    /** The clock the index ages by: ingest time, never the record timestamp (see {@link DedupSequencer}). */
    default long ingested() {
        return article().getIngested().toEpochMilli();
    }
}
