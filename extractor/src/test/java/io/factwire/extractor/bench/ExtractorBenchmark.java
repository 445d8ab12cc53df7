package io.factwire.extractor.bench;

import io.factwire.extractor.ArticleText;
import io.factwire.extractor.ClaimExtractor;
import io.factwire.extractor.ExtractedClaim;
import io.factwire.extractor.io.ArticleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Articles per second of one thread over the ECB+ dev corpus (857 real articles, about 1.7 KB each): one
 * operation extracts the claims of one article, cycling through the corpus. Run with {@link #main} (adds the GC
 * profiler, so {@code gc.alloc.rate.norm} is the bytes allocated per article); see extractor/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractorBenchmark {
    /** System property naming the corpus; defaults to ../shared/corpus/ecbplus-dev.jsonl. */
    public static final String CORPUS = "factwire.corpus";

    private ClaimExtractor extractor;
    private ArticleText[] articles;
    private int next;

    @Setup
    public void load() {
        Path corpus = Path.of(System.getProperty(CORPUS, "../shared/corpus/ecbplus-dev.jsonl"));
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalStateException("no corpus at " + corpus.toAbsolutePath() + ": set -D" + CORPUS);
        }
        List<ArticleText> read = ArticleFiles.read(problem -> {
            throw new IllegalStateException(problem);
        }, corpus);
        articles = read.toArray(ArticleText[]::new);
        extractor = new ClaimExtractor();
    }

    @Benchmark
    public List<ExtractedClaim> extractOneArticle() {
        ArticleText article = articles[next];
        next = next + 1 == articles.length ? 0 : next + 1;
        return extractor.extract(article);
    }

    /** Runs the benchmark with the GC profiler; the optional argument is the corpus path. */
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : System.getProperty(CORPUS,
                "../shared/corpus/ecbplus-dev.jsonl")).toAbsolutePath();
        new Runner(new OptionsBuilder()
                .include(ExtractorBenchmark.class.getName())
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-D" + CORPUS + "=" + corpus)
                .build()).run();
    }
}
