package io.factwire.processor.events;

import io.factwire.avro.Article;

/**
 * What the gather step has of one article: the article (from its own hop), its event id (from the sequencer), or
 * both. Either may arrive first: they travel through different topics.
 */
record GatherInput(Article article, String eventId) {

    static GatherInput of(Article article) {
        return new GatherInput(article, null);
    }

    static GatherInput of(String eventId) {
        return new GatherInput(null, eventId);
    }

    GatherInput with(GatherInput other) {
        return new GatherInput(article != null ? article : other.article, eventId != null ? eventId : other.eventId);
    }

    boolean complete() {
        return article != null && eventId != null;
    }
}
