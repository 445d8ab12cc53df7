package io.factwire.processor.events;

import io.factwire.avro.Article;

/** An article waiting for its event id, or an event id waiting for its article: whichever topic was read first. */
record PendingJoin(Article article, String eventId) {
    static final PendingJoin EMPTY = new PendingJoin(null, null);

    PendingJoin with(JoinInput input) {
        return new PendingJoin(input.article() != null ? input.article() : article,
                input.eventId() != null ? input.eventId() : eventId);
    }

    boolean complete() {
        return article != null && eventId != null;
    }
}
