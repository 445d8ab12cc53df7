package io.factwire.bench.workload;

import io.factwire.ingest.input.ArticleReader;
import io.factwire.ingest.input.ParsedArticle;
import io.factwire.ingest.input.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles a workload is built from, read with ingest's reader (any format {@code ./factwire ingest} takes). */
public final class Corpus {

    public static final String DEFAULT_FILE = "corpus/ecbplus-dev.jsonl";

    private Corpus() {
    }

    /**
     * The default corpus: {@value #DEFAULT_FILE} under the shared folder, which is the {@code factwire.shared}
     * system property, else {@code ../shared} beside the project root ({@code factwire.root}, else the working
     * directory).
     */
    public static Path defaultPath() {
        String shared = System.getProperty("factwire.shared");
        Path sharedDir = shared != null ? Path.of(shared)
                : Path.of(System.getProperty("factwire.root", ".")).toAbsolutePath().resolve("../shared");
        return sharedDir.resolve(DEFAULT_FILE).normalize();
    }

    /**
     * Every article of {@code path}; an input the reader rejects fails the load with its position, as a benchmark
     * on a silently shrunken corpus would not be the one asked for.
     */
    public static List<ParsedArticle> load(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("corpus " + path + " does not exist (use --corpus, or set -Dfactwire.shared)");
        }
        List<Rejection> rejected = new ArrayList<>();
        List<ParsedArticle> articles;
        try (Stream<ParsedArticle> read = new ArticleReader().read(List.of(path.toString()), rejected::add)) {
            articles = read.toList();
        }
        if (!rejected.isEmpty()) {
            Rejection first = rejected.getFirst();
            throw new IllegalArgumentException("corpus " + path + ": " + rejected.size() + " input(s) rejected, the first: " + first);
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("corpus " + path + " holds no articles");
        }
        return articles;
    }
}
