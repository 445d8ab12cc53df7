package io.factwire.processor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factwire.avro.Article;
import io.factwire.ingest.input.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The five seed articles of ../shared/seeds, read by the ingest module's reader; tests skip when absent. */
public final class SeedArticles {

    private SeedArticles() {}

    public static List<Article> load() {
        Path seeds = Path.of(System.getProperty("factwire.shared", "../shared")).resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "shared seeds not found at " + seeds.toAbsolutePath() + ": skipping");
        List<String> rejected = new ArrayList<>();
        Instant ingested = Instant.parse("2022-01-07T00:00:00Z");
        List<Article> articles = new ArticleReader()
                .read(List.of(seeds.toString()), rejection -> rejected.add(rejection.toString()))
                .map(parsed -> parsed.toAvro(ingested))
                .toList();
        if (!rejected.isEmpty()) throw new IllegalStateException("seeds rejected by the reader: " + rejected);
        return articles;
    }
}
