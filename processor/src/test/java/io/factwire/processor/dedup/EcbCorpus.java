package io.factwire.processor.dedup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.avro.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    public static Path shared() {
        Path shared = Path.of(System.getProperty("factwire.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared), "skipped: shared material not found at " + shared.toAbsolutePath()
                + " (set -Dfactwire.shared)");
        return shared;
    }

    public static List<Entry> load() {
        Path file = shared().resolve("corpus/ecbplus-dev.jsonl");
        assumeTrue(Files.isRegularFile(file), "skipped: " + file + " not found");
        ObjectMapper json = new ObjectMapper();
        List<Entry> entries = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                JsonNode node = json.readTree(lines.get(i));
                Instant published = node.path("published").isTextual()
                        ? LocalDate.parse(node.get("published").asText()).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : null;
                Article article = Article.newBuilder()
                        .setId(node.get("id").asText())
                        .setUrl(node.path("url").isTextual() ? node.get("url").asText() : null)
                        .setTitle(node.path("title").isTextual() ? node.get("title").asText() : null)
                        .setBody(node.get("body").asText())
                        .setPublished(published)
                        .setIngested(INGEST_START.plusSeconds(60L * entries.size()))
                        .setSource(file + ":" + (i + 1))
                        .build();
                entries.add(new Entry(article, node.get("topic").asInt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
    }
}
