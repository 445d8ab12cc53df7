package io.factwire.processor.events;

import io.factwire.avro.Article;
import org.apache.kafka.streams.kstream.KStream;

/**
 * What the event stage hands downstream, both keyed by article id and produced by one task per article, so an
 * article's move always follows the article itself.
 *
 * @param articles every unique article, once, with {@code event} set
 * @param moves    articles already in {@code articles} whose event was since absorbed by another
 */
public record EventStreams(KStream<String, Article> articles, KStream<String, ArticleMove> moves) {}
