package io.factwire.ingest;

import io.factwire.ingest.input.ArticleReader;
import io.factwire.ingest.input.FolderFollower;
import io.factwire.ingest.input.ParsedArticle;
import io.factwire.ingest.input.RejectSink;
import io.factwire.ingest.input.Rejection;
import io.factwire.schemas.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factwire ingest}: reads articles from files, folders or stdin and publishes them to Kafka. */
@Command(name = "ingest", mixinStandardHelpOptions = true, version = "factwire ingest 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Publishes news articles to Kafka (topic 'articles', Avro values through the schema registry).",
            "Bad inputs are reported as path:line: reason and skipped; the run goes on with the rest."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article read was published", "1:some inputs were rejected (the rest was published)",
            "2:articles were not sent (broker or registry unreachable), or the command line is wrong"},
        footer = {"%nExamples:",
            "  factwire ingest ../shared/seeds ../shared/corpus/ecbplus-dev.jsonl",
            "  cat news.jsonl | factwire ingest -",
            "  factwire ingest --follow incoming/",
            "  factwire ingest --repeat 60 --id-suffix -r ../shared/corpus/ecbplus-dev.jsonl"})
public final class IngestCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_REJECTED = 1;
    static final int EXIT_NOT_SENT = 2;
    static final String NO_STACK = "no --bootstrap given and no running stack found (.factwire/endpoints.json);"
            + " start one with ./factwire stack or ./factwire demo";

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files in the seeds' format (optional leading"
            + " ' date YYYY-MM-DD', then the text; a short first line without final period is the title), JSON Lines"
            + " files (.jsonl, .ndjson), folders (read recursively, sorted; hidden and name~ files skipped),"
            + " or - for JSON Lines on stdin.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--follow", paramLabel = "DIR", description = "Keep watching DIR and publish files as they"
            + " appear (those already there first), until Ctrl-C.")
    private Path follow;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "1s", converter = Durations.Converter.class,
            description = "With --follow: how long a file must stay unmodified before it is read"
                    + " (default: ${DEFAULT-VALUE}).")
    private Duration settle;

    @Option(names = "--topic", paramLabel = "NAME", defaultValue = "articles",
            description = "Topic to publish to (default: ${DEFAULT-VALUE}); created when missing.")
    private String topic;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: those of the running ./factwire stack).")
    private String bootstrap;

    @Option(names = "--registry", paramLabel = "URL",
            description = "Confluent-compatible schema registry URL (default: that of the running ./factwire stack).")
    private String registry;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
            description = "Partitions of topics created when missing (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Option(names = "--replication", paramLabel = "N", defaultValue = "1",
            description = "Replication factor of topics created when missing (default: ${DEFAULT-VALUE}).")
    private short replication;

    @Option(names = "--rate", paramLabel = "N",
            description = "Publish at most N articles per second (token bucket; default: as fast as possible).")
    private Double rate;

    @Option(names = "--order", paramLabel = "published|input", defaultValue = "input",
            converter = ArticleOrder.Converter.class,
            description = "input: as read (default); published: by publication time, undated articles last, ties in"
                    + " input order (reads the whole input first).")
    private ArticleOrder order;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Publish the input K times (benchmarks); repeat k > 0 gets ids id + SUFFIX + k.")
    private int repeat;

    @Option(names = "--id-suffix", paramLabel = "SUFFIX", defaultValue = "-r",
            description = "What --repeat appends to ids before the repeat number (default: ${DEFAULT-VALUE}).")
    private String idSuffix;

    @Option(names = "--dry-run", description = "Read and validate only; connect to nothing, publish nothing.")
    private boolean dryRun;

    @Option(names = "--strict", description = "Stop at the first bad input (default: report it and go on).")
    private boolean strict;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Reject bodies larger than this many UTF-8 bytes (default: ${DEFAULT-VALUE}, 1 MiB).")
    private long maxBodyBytes;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.Converter.class,
            description = "How long to retry when the broker or registry does not answer before failing"
                    + " (delivery.timeout.ms, max.block.ms; default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--producer", paramLabel = "KEY=VALUE",
            description = "Extra Kafka producer setting, repeatable (e.g. --producer compression.type=zstd).")
    private Map<String, String> producerOverrides = new LinkedHashMap<>();

    @Spec
    private CommandSpec spec;

    private final InputStream stdin;
    private final PrintStream err;
    private final boolean terminal;
    private String defaultBootstrap;
    private String defaultRegistry;

    public IngestCommand() {
        this(System.in, System.err, System.console() != null);
    }

    /** Standalone entry point (benchmarks, containers); {@code ./factwire ingest} also finds a running stack. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand()).execute(args));
    }

    IngestCommand(InputStream stdin, PrintStream err, boolean terminal) {
        this.stdin = stdin;
        this.err = err;
        this.terminal = terminal;
    }

    /** Endpoints to use when --bootstrap / --registry are not given (the app passes a running stack's). */
    public IngestCommand withDefaults(String bootstrapServers, String registryUrl) {
        this.defaultBootstrap = bootstrapServers;
        this.defaultRegistry = registryUrl;
        return this;
    }

    @Override
    public Integer call() {
        validateOptions();
        String bootstrapServers = bootstrap != null ? bootstrap : defaultBootstrap;
        String registryUrl = registry != null ? registry : defaultRegistry;
        if (!dryRun && (bootstrapServers == null || registryUrl == null)) {
            err.println("ingest: " + (bootstrapServers == null ? NO_STACK
                    : NO_STACK.replace("--bootstrap", "--registry")));
            return EXIT_NOT_SENT;
        }
        FolderFollower follower = follow == null ? null : openFollower();
        ShutdownOnSignal shutdown = new ShutdownOnSignal(follower, timeout);
        try {
            return ingest(bootstrapServers, registryUrl, follower);
        } finally {
            shutdown.done(); // only now: a Ctrl-C during --follow waits for the summary above
            closeQuietly(follower);
        }
    }

    private int ingest(String bootstrapServers, String registryUrl, FolderFollower follower) {
        IngestStats stats = new IngestStats();
        long started = System.nanoTime();
        PublishResult result = null;
        String stoppedEarly = null;
        try (Progress progress = new Progress(err, terminal, dryRun ? stats::readCount : stats::publishedCount,
                dryRun ? () -> -1 : stats::publishedBytes, System::nanoTime)) {
            progress.start();
            try {
                Stream<ParsedArticle> articles = articles(stats, progress, follower);
                if (dryRun) {
                    articles.forEach(article -> { });
                } else {
                    result = publish(articles, bootstrapServers, registryUrl, stats, follower);
                }
            } catch (StrictStop stop) {
                stoppedEarly = "--strict, at " + stop.rejection.position();
            }
        } catch (TimeoutException e) {
            err.println("ingest: no answer from Kafka at " + bootstrapServers + " within " + timeout.toSeconds()
                    + " s (" + e.getMessage() + "); nothing was published. Is the broker running?");
            return EXIT_NOT_SENT;
        } catch (KafkaException e) {
            String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            err.println("ingest: cannot publish to Kafka at " + bootstrapServers + ": " + e.getMessage() + cause
                    + "; nothing was published.");
            return EXIT_NOT_SENT;
        }
        Summary summary = new Summary(stats.readCount(), stats.rejectedByReason(), topic, result,
                stats.publishedBytes(), Duration.ofNanos(System.nanoTime() - started), stoppedEarly);
        summary.lines().forEach(err::println);
        return summary.exitCode();
    }

    private void validateOptions() {
        if (paths.isEmpty() && follow == null) {
            throw usage("give at least one PATH (a file, a folder, or - for stdin) or --follow DIR");
        }
        if (follow != null && order == ArticleOrder.PUBLISHED) {
            throw usage("--order published needs the whole input first; it cannot be used with --follow");
        }
        if (follow != null && repeat > 1) {
            throw usage("--repeat replays a finite input; it cannot be used with --follow");
        }
        if (repeat < 1) {
            throw usage("--repeat must be at least 1, was " + repeat);
        }
        if (rate != null && !(rate > 0)) {
            throw usage("--rate must be a positive number of articles per second, was " + rate);
        }
        if (maxBodyBytes < 1 || partitions < 1 || replication < 1) {
            throw usage("--max-body-bytes, --partitions and --replication must be positive");
        }
        if (paths.stream().filter(ArticleReader.STDIN::equals).count() > 1) {
            throw usage("stdin (-) can be read only once");
        }
    }

    /** The articles in publishing order: read lazily, or read whole first for --order published / --repeat. */
    private Stream<ParsedArticle> articles(IngestStats stats, Progress progress, FolderFollower follower) {
        ArticleReader reader = new ArticleReader(maxBodyBytes, () -> stdin);
        RejectSink rejects = rejection -> {
            stats.rejected(rejection);
            progress.message(rejection.toString());
            if (strict) {
                throw new StrictStop(rejection);
            }
        };
        Stream<ParsedArticle> read = reader.read(paths, rejects);
        if (follower != null) {
            read = Stream.concat(read, follower.files().flatMap(file -> reader.readFile(file, rejects)));
        }
        Stream<ParsedArticle> counted = read.map(stats::counted);
        if (order == ArticleOrder.INPUT && repeat == 1) {
            return limited(counted);
        }
        List<ParsedArticle> corpus;
        try (counted) {
            corpus = counted.toList();
        }
        if (order == ArticleOrder.PUBLISHED) {
            corpus = CorpusReplay.inPublicationOrder(corpus);
        }
        progress.total((long) corpus.size() * repeat);
        return limited(CorpusReplay.repeated(corpus, repeat, idSuffix));
    }

    private Stream<ParsedArticle> limited(Stream<ParsedArticle> articles) {
        if (rate == null) {
            return articles;
        }
        RateLimiter limiter = new RateLimiter(rate);
        return articles.map(limiter::pass);
    }

    private PublishResult publish(Stream<ParsedArticle> articles, String bootstrapServers, String registryUrl,
                                  IngestStats stats, FolderFollower follower) {
        ArticleTopic.prepare(bootstrapServers, topic, partitions, replication, timeout);
        Map<String, Object> config = ProducerSettings.with(bootstrapServers, timeout, producerOverrides);
        try (ArticlePublisher publisher = new ArticlePublisher(bootstrapServers, registryUrl, topic, config)) {
            PublishListener listener = follower == null ? stats : new StopFollowingOnFailure(stats, follower);
            return publisher.publish(articles, listener);
        }
    }

    private FolderFollower openFollower() {
        try {
            return new FolderFollower(follow, settle);
        } catch (IOException e) {
            throw usage("cannot follow " + follow + ": " + e.getMessage());
        }
    }

    private static void closeQuietly(FolderFollower follower) {
        if (follower == null) {
            return;
        }
        try {
            follower.close();
        } catch (IOException e) {
            // closing a watch service only fails if it is already broken: nothing is left to release
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Thrown from the reject sink under --strict: ends the article stream at the first bad input. */
    private static final class StrictStop extends RuntimeException {
        private final transient Rejection rejection;

        StrictStop(Rejection rejection) {
            super(rejection.toString(), null, false, false);
            this.rejection = rejection;
        }
    }

    /** Once an article fails, following more files would only queue articles that cannot be sent. */
    private record StopFollowingOnFailure(IngestStats stats, FolderFollower follower) implements PublishListener {
        @Override
        public void acknowledged(String id, long bytes) {
            stats.acknowledged(id, bytes);
        }

        @Override
        public void notSent(String id, Exception cause) {
            stats.notSent(id, cause);
            closeQuietly(follower);
        }
    }

    /**
     * With --follow the run ends on Ctrl-C: the hook stops the follower, then waits for the articles in flight
     * to be acknowledged and the summary to be printed, so that nothing read goes unreported.
     */
    private static final class ShutdownOnSignal {
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Thread hook;

        ShutdownOnSignal(FolderFollower follower, Duration timeout) {
            this.hook = follower == null ? null : new Thread(() -> {
                closeQuietly(follower);
                try {
                    finished.await(timeout.toMillis() + 5000, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ingest-shutdown");
            if (hook != null) {
                Runtime.getRuntime().addShutdownHook(hook);
            }
        }

        void done() {
            finished.countDown();
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running and waits for the latch just released
                }
            }
        }
    }
}
