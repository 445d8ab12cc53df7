package io.factwire.ingest.input;

import io.factwire.avro.Article;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An article as read from the input, before it is stamped with its ingest time and published.
 *
 * @param id           stable id (file name, JSONL {@code id}, or a hash of the canonical URL or body)
 * @param url          canonical URL, or null
 * @param outlet       publishing outlet, or null
 * @param title        headline, or null
 * @param body         plain text (HTML already reduced to text); empty only for a headline-only item
 * @param published    publication time, or null when the input does not say
 * @param position     where the article was read
 * @param htmlStripped true when the body arrived as HTML
 * @param extra        input fields factwire does not model, as text
 */
public record ParsedArticle(String id, String url, String outlet, String title, String body, Instant published,
                            SourcePosition position, boolean htmlStripped, Map<String, String> extra) {

    public ParsedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(position, "position");
        extra = Map.copyOf(extra);
    }

    /** The same article under another id (benchmark repeats publish one corpus several times). */
    public ParsedArticle withId(String newId) {
        return new ParsedArticle(newId, url, outlet, title, body, published, position, htmlStripped, extra);
    }

    /** The Avro value published to the articles topic. */
    public Article toAvro(Instant ingested) {
        return Article.newBuilder()
                .setId(id)
                .setUrl(url)
                .setOutlet(outlet)
                .setTitle(title)
                .setBody(body)
                .setPublished(published)
                .setIngested(ingested)
                .setSource(position.toString())
                .setHtmlStripped(htmlStripped)
                .setEvent(null)
                .setExtra(Map.copyOf(extra))
                .build();
    }
}
