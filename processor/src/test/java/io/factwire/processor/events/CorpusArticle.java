package io.factwire.processor.events;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An article of ../shared/corpus/ecbplus-dev.jsonl with its gold event: the topic and whether the id ends in
 * {@code ecbplus} (each ECB+ topic holds two different real events). The gold is only ever used for scoring.
 */
record CorpusArticle(String id, String gold, String title, String body, Instant published) {

    static final Instant INGESTED = Instant.parse("2024-01-15T00:00:00Z");

    static List<CorpusArticle> load() {
        Path corpus = Path.of(System.getProperty("factwire.shared", "../shared")).resolve("corpus/ecbplus-dev.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "ECB+ corpus not found at " + corpus.toAbsolutePath() + ": skipping");
        ObjectMapper json = new ObjectMapper();
        List<CorpusArticle> articles = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(corpus);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                JsonNode row = json.readTree(lines.get(i));
                String id = row.path("id").asText();
                String gold = row.path("topic").asText() + (id.endsWith("ecbplus") ? "+" : "");
                articles.add(new CorpusArticle(id, gold, text(row, "title"), row.path("body").asText(), date(row)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus, e);
        }
        return articles;
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
