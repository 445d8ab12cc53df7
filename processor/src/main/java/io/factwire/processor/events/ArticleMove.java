package io.factwire.processor.events;

import java.util.Objects;

/**
 * An article already handed downstream now belongs to another event: its event was found to be one with
 * {@code event} and absorbed into it. Keyed by the article id, like the article itself.
 */
public record ArticleMove(String article, String event) {

    public ArticleMove {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
    }
}
