package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.processor.SharedJsonLines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The ECB+ dev corpus from ../shared (tests skip when it is absent), read into Articles in file order. */
public final class EcbCorpus {
    /** Ingest times are spread one minute apart from here, in file order. */
    public static final Instant INGEST_START = Instant.parse("2024-01-01T00:00:00Z");

    public record Entry(Article article, int topic) {
        /** The corpus's own event: topic x (ecb vs ecbplus). */
        public String goldEvent() {
            return topic + (article.getId().endsWith("ecbplus") ? "+" : "");
        }
    }

    private EcbCorpus() {}

    public static List<Entry> load() {
        int[] read = {0};
        return SharedJsonLines.read("corpus/ecbplus-dev.jsonl", (node, where) -> {
            Instant published = node.path("published").isTextual()
                    ? LocalDate.parse(node.get("published").asText()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : null;
            Article article = Article.newBuilder()
                    .setId(node.get("id").asText())
                    .setUrl(node.path("url").isTextual() ? node.get("url").asText() : null)
                    .setTitle(node.path("title").isTextual() ? node.get("title").asText() : null)
                    .setBody(node.get("body").asText())
                    .setPublished(published)
                    .setIngested(INGEST_START.plusSeconds(60L * read[0]++))
                    .setSource(where)
                    .build();
            return new Entry(article, node.get("topic").asInt());
        });
    }
}
