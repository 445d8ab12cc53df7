package io.factwire.processor.dedup;

/** Either the article itself or one bucket reply about it: the two inputs of the gather step, merged. */
record GatherInput(PendingArticle article, BucketReply reply) {
    static GatherInput of(PendingArticle article) {
        return new GatherInput(article, null);
    }

    static GatherInput of(BucketReply reply) {
        return new GatherInput(null, reply);
    }
}
