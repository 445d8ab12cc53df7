package io.factwire.bench.workload;

import io.factwire.ingest.input.ParsedArticle;

/** One article of the workload, with what it is meant to be for the pipeline. */
public record WorkloadItem(Kind kind, ParsedArticle article) {

    public enum Kind {
        /** A corpus article as it is (first pass over the corpus). */
        ORIGINAL,
        /** A later pass over the corpus under a new id: remixed (unique) or verbatim, per {@link WorkloadMix#remix}. */
        REPEAT,
        /** An earlier article's text with a new headline, dateline and footer, under a new id. */
        COPY,
        /** An earlier article again: same id, same content. */
        RESEND
    }

    public String id() {
        return article.id();
    }
}
