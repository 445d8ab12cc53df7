package io.factwire.processor.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.processor.SharedJsonLines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An article of ../shared/corpus/ecbplus-dev.jsonl with its gold event: the topic and whether the id ends in
 * {@code ecbplus} (each ECB+ topic holds two different real events). The gold is only ever used for scoring.
 */
record CorpusArticle(String id, String gold, String title, String body, Instant published) {

    static final Instant INGESTED = Instant.parse("2024-01-15T00:00:00Z");

    static List<CorpusArticle> load() {
        return SharedJsonLines.read("corpus/ecbplus-dev.jsonl", (row, where) -> {
            String id = row.path("id").asText();
            String gold = row.path("topic").asText() + (id.endsWith("ecbplus") ? "+" : "");
            return new CorpusArticle(id, gold, text(row, "title"), row.path("body").asText(), date(row));
        });
    }

    EventFeatures features(FeatureExtractor extractor) {
        return extractor.extract(id, title, body, published, INGESTED);
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant date(JsonNode row) {
        String published = text(row, "published");
        return published == null ? null : LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
