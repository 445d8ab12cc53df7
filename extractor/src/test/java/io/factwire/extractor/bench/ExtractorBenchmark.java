package io.factwire.extractor.bench;

import io.factwire.extractor.ArticleText;
import io.factwire.extractor.ClaimExtractor;
import io.factwire.extractor.ExtractedClaim;
import io.factwire.extractor.io.ArticleFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Articles per second of one thread over the ECB+ dev corpus (857 real articles, about 1.7 KB each): one
 * operation extracts the claims of one article, cycling through the corpus. Run with {@link #main} (adds the GC
 * profiler, so {@code gc.alloc.rate.norm} is the bytes allocated per article); see extractor/README.md.
 *
 * <p>Each iteration also prints {@code [cpu] N articles per CPU-second}: the thread's own CPU time, which a
 * machine shared with other busy processes does not inflate the way it inflates wall-clock time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractorBenchmark {
    /** System property naming the corpus; defaults to ../shared/corpus/ecbplus-dev.jsonl. */
    public static final String CORPUS = "factwire.corpus";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClaimExtractor extractor;
    private ArticleText[] articles;
    private int next;
    private long extracted;
    private long cpuAtStart;

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
        extracted++;
        return extractor.extract(article);
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        extracted = 0;
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void reportCpuRate() {
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        System.out.printf("[cpu] %.0f articles per CPU-second%n", extracted / cpuSeconds);
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
