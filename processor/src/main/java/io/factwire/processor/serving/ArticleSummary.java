package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.Article;
import java.time.Instant;

/** What the API shows of a unique article: everything but its body. */
record ArticleSummary(String id, String title, String outlet, String url, Instant published, String event) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(article.getId(), article.getTitle(), article.getOutlet(), article.getUrl(),
                article.getPublished(), article.getEvent());
    }

    /** {@code {"id","title","outlet","url","published","event"}} */
    ObjectNode toJson() {
        return Response.object().put("id", id).put("title", title).put("outlet", outlet).put("url", url)
                .put("published", ServingJson.iso(published)).put("event", event);
    }
}
