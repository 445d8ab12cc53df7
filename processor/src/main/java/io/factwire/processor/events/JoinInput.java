package io.factwire.processor.events;

import io.factwire.avro.Article;

/** Either a unique article or the event id the sequencer gave it: the two inputs of the join, merged. */
record JoinInput(Article article, String eventId) {
    static JoinInput of(Article article) {
        return new JoinInput(article, null);
    }

    static JoinInput of(String eventId) {
        return new JoinInput(null, eventId);
    }
}
