package io.factwire.processor.dedup;

import io.factwire.avro.Article;

/** An article with its signature: the record of the stage tests, which decide in the task that signs. */
record SignedArticle(Article article, ArticleSignature signature) implements Signed {}
