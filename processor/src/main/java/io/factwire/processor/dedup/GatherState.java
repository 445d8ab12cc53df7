package io.factwire.processor.dedup;

import io.factwire.avro.Article;

/**
 * What the gather step knows of one article while its bucket replies come in. The article and the replies
 * travel on different topics, so either may arrive first: {@code article} is null and {@code expectedReplies}
 * is -1 until the article itself is seen.
 */
record GatherState(Article article, int expectedReplies, int received, Match best) {
    static final GatherState EMPTY = new GatherState(null, -1, 0, null);

    GatherState withArticle(PendingArticle pending) {
        return new GatherState(pending.article(), pending.expectedReplies(), received, best);
    }

    GatherState withReply(BucketReply reply) {
        return new GatherState(article, reply.expectedReplies(), received + 1, Match.better(best, reply.match()));
    }

    boolean complete() {
        return article != null && received >= expectedReplies;
    }
}
