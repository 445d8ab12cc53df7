package io.factwire.processor.dedup;

import io.factwire.avro.Article;

/** An article on its way to the gather step, with the number of bucket replies its decision waits for. */
record PendingArticle(int expectedReplies, Article article) {}
