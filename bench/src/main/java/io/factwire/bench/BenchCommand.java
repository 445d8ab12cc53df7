package io.factwire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factwire.bench.report.BenchReport;
import io.factwire.bench.report.ReportTable;
import io.factwire.bench.workload.Corpus;
import io.factwire.bench.workload.WorkloadMix;
import io.factwire.schemas.Durations;
import io.factwire.stack.LocalStack;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.StackOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./factwire bench}: throughput, latency, scaling with state and memory of the pipeline on a real stack. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures factwire end to end on a real Kafka broker and schema registry (a local stack unless "
                + "--bootstrap is given): throughput with exactly-once against a pass-through topology, throughput as "
                + "state grows, latency at a fixed rate, and the processor's heap, RSS and state size. Prints a table; "
                + "--json writes every figure with the machine, versions and configuration.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "50000", paramLabel = "N",
            description = "Articles in the throughput workload. Default: ${DEFAULT-VALUE}.")
    long articles;

    @Option(names = "--rate", paramLabel = "PER_SECOND",
            description = "Offered rate of the latency phase, articles/s. Default: 100, or half the factwire throughput "
                    + "over the last window when that is lower (latency above capacity only measures the queue).")
    Double rate;

    @Option(names = "--duration", defaultValue = "60s", converter = Durations.Converter.class, paramLabel = "DURATION",
            description = "Length of the latency phase (500ms, 60s, 2m). Default: ${DEFAULT-VALUE}.")
    Duration duration;

    @Option(names = "--copies", defaultValue = "0.1", paramLabel = "SHARE",
            description = "Share of syndicated copies (an earlier text, new headline, dateline and footer). Default: ${DEFAULT-VALUE}.")
    double copies;

    @Option(names = "--resends", defaultValue = "0.05", paramLabel = "SHARE",
            description = "Share of exact re-sends (same id, same content). Default: ${DEFAULT-VALUE}.")
    double resends;

    @Option(names = "--verbatim-repeats",
            description = "Repeat the corpus text as it is under new ids (dedup drops every repeat) instead of remixing it into new texts.")
    boolean verbatimRepeats;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the workload. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Articles to build the workload from (any input ingest reads). Default: <shared>/" + Corpus.DEFAULT_FILE + ".")
    Path corpus;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "Use this Kafka instead of starting a local stack (needs --registry).")
    String bootstrap;

    @Option(names = "--registry", paramLabel = "URL", description = "The schema registry that goes with --bootstrap.")
    String registry;

    @Option(names = "--partitions", defaultValue = "6",
            description = "Partitions of the topics the bench creates. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--threads", defaultValue = "2", description = "Kafka Streams threads per processor. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--scale-out-articles", defaultValue = "10000", paramLabel = "N",
            description = "Articles of the scale-out phase: the first N of the workload, run with 1 stream thread, with 2, and "
                    + "with 2 processor instances of 1 thread each (0: skip the phase; at most --articles). Default: ${DEFAULT-VALUE}.")
    long scaleOutArticles;

    @Option(names = "--window", paramLabel = "N",
            description = "Articles per window of the scaling figures. Default: 10000, or a fifth of --articles when that is smaller.")
    Integer window;

    @Option(names = "--processor-jvm", defaultValue = "-Xmx512m -XX:+UseParallelGC", paramLabel = "OPTIONS",
            description = "JVM options of the processor JVMs. Default: ${DEFAULT-VALUE}.")
    String processorJvm;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A processor setting for both topologies, over the processor's defaults "
                    + "(e.g. --set commit.interval.ms=50 --set producer.retry.backoff.ms=10). Repeatable.")
    Map<String, String> processorOverrides = new LinkedHashMap<>();

    @Option(names = "--profile", paramLabel = "FILE.jfr",
            description = "Record the factwire processor with JFR into FILE and print where its CPU went.")
    Path profile;

    @Option(names = "--json", paramLabel = "FILE", description = "Write every figure, the machine and the configuration as JSON.")
    Path json;

    @Option(names = "--keep-work-dir", description = "Keep the processors' state and logs after a successful run.")
    boolean keepWorkDir;

    @Override
    public Integer call() throws Exception {
        PrintStream progress = System.err;
        if ((bootstrap == null) != (registry == null)) {
            progress.println("bench: --bootstrap and --registry go together");
            return 2;
        }
        Path workDir = Files.createTempDirectory("factwire-bench-");
        BenchSettings settings;
        try {
            settings = new BenchSettings(articles, rate, duration, new WorkloadMix(copies, resends, !verbatimRepeats),
                    seed, corpus != null ? corpus : Corpus.defaultPath(), partitions, threads,
                    Math.min(scaleOutArticles, articles),
                    window != null ? window : (int) Math.clamp(articles / 5, 1, BenchSettings.DEFAULT_WINDOW),
                    Arrays.asList(processorJvm.trim().split("\\s+")), processorOverrides, profile, workDir);
        } catch (IllegalArgumentException e) {
            progress.println("bench: " + e.getMessage());
            deleteRecursively(workDir);
            return 2;
        }
        BenchReport report;
        try {
            report = bootstrap != null
                    ? new BenchRun(settings, new StackEndpoints(bootstrap, registry), "external " + bootstrap, progress).run()
                    : runOnLocalStack(settings, progress);
        } catch (Exception e) {
            progress.println("bench: failed: " + e.getMessage() + " (processor logs kept in " + workDir + ")");
            throw e;
        }
        System.out.print(ReportTable.render(report));
        if (json != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
            progress.println("bench: figures written to " + json);
        }
        if (keepWorkDir) {
            progress.println("bench: state and logs kept in " + workDir);
        } else {
            deleteRecursively(workDir);
        }
        return 0;
    }

    private static BenchReport runOnLocalStack(BenchSettings settings, PrintStream progress) throws Exception {
        progress.println("bench: starting a local stack (Kafka in this JVM, Apicurio registry in a child JVM)");
        try (LocalStack stack = LocalStack.start(StackOptions.defaults())) {
            return new BenchRun(settings, stack.endpoints(), "local (in-process KRaft broker, Apicurio child JVM)",
                    progress).run();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
