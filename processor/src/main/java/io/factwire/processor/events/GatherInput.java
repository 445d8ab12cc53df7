package io.factwire.processor.events;

import io.factwire.avro.Article;

/**
 * What the gather step has of one article: the article (from its own hop), its event id (from the sequencer), or
 * both. Either may arrive first: they travel through different topics. {@code moved} marks an event id that
 * replaces an earlier one after a merge; a pending half is never a move.
 */
record GatherInput(Article article, String eventId, boolean moved) {

    static GatherInput of(Article article) {
        return new GatherInput(article, null, false);
    }

    static GatherInput of(AssignedEvent assigned) {
        return new GatherInput(null, assigned.eventId(), assigned.moved());
    }

    /** This input's halves over the waiting ones: a later event id (a move) replaces the earlier one. */
    GatherInput with(GatherInput waiting) {
        return new GatherInput(article != null ? article : waiting.article, eventId != null ? eventId : waiting.eventId,
                false);
    }

    boolean complete() {
        return article != null && eventId != null;
    }
}
