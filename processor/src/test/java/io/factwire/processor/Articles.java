package io.factwire.processor;

import io.factwire.avro.Article;
import java.time.Instant;
import java.util.Map;

/** Test articles, written for the tests. */
public final class Articles {

    private Articles() {}

    public static Article article(String id, String body) {
        return Article.newBuilder()
                .setId(id)
                .setUrl(null)
                .setOutlet("outlet-" + id)
                .setTitle("Title of " + id)
                .setBody(body)
                .setPublished(Instant.parse("2024-03-01T09:00:00Z"))
                .setIngested(Instant.parse("2024-03-01T10:00:00Z"))
                .setSource(null)
                .setHtmlStripped(false)
                .setEvent(null)
                .setExtra(Map.of())
                .build();
    }
}
