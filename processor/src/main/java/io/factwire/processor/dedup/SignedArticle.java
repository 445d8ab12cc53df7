package io.factwire.processor.dedup;

import io.factwire.avro.Article;

/** An article with its signature, signed where it arrived, on its way to the sequencer. */
record SignedArticle(Article article, ArticleSignature signature) {
    long ingested() {
        return article.getIngested().toEpochMilli();
    }
}
