package io.factwire.processor.events;

import io.factwire.avro.Article;

/** What the gather step hands on for one article: the article with its event, or its move to another event. */
sealed interface Gathered {

    record InEvent(Article article) implements Gathered {}

    record Moved(ArticleMove move) implements Gathered {}
}
