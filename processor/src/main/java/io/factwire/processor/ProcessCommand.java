package io.factwire.processor;

import io.factwire.schemas.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factwire process}: runs the processor until Ctrl-C (or SIGTERM), then closes it cleanly. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Runs the factwire Kafka Streams processor: articles in; claims, facts and fact-updates out.")
public final class ProcessCommand implements Callable<Integer> {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers (default: the local stack's, else localhost:9092).")
    String bootstrap;

    @Option(names = "--registry", paramLabel = "URL", description = "Schema registry URL (default: the local stack's, else http://localhost:8081).")
    String registry;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file: Kafka Streams and factwire.* settings.")
    Path configFile;

    @Option(names = "--partitions", description = "Partitions of the topics factwire creates (default 6).")
    Integer partitions;

    @Option(names = "--threads", description = "Stream threads (default 2).")
    Integer threads;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Directory of the local state stores.")
    Path stateDir;

    @Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application id (default factwire-processor).")
    String applicationId;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the HTTP server (API, live page, /metrics, /health) binds to (default ${DEFAULT-VALUE}; 0.0.0.0 in containers).")
    String httpHost;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int httpPort;

    @Option(names = "--advertised", paramLabel = "HOST:PORT",
            description = "How other processor instances reach this one's HTTP server (application.server; default 127.0.0.1:<http port>).")
    String advertised;

    @Option(names = "--startup-timeout", paramLabel = "DURATION", defaultValue = "2m", converter = Durations.Converter.class,
            description = "How long to wait for the processor to reach RUNNING (e.g. 90s, 5m; default ${DEFAULT-VALUE}).")
    Duration startupTimeout;

    private String defaultBootstrap = ProcessorConfig.DEFAULT_BOOTSTRAP;
    private String defaultRegistry = ProcessorConfig.DEFAULT_REGISTRY;

    /** The endpoints to use when the options are not given (the app injects the local stack's). */
    public ProcessCommand withDefaults(String bootstrap, String registry) {
        this.defaultBootstrap = bootstrap;
        this.defaultRegistry = registry;
        return this;
    }

    /** The configuration these options describe: defaults and injected endpoints, then --config, then the options. */
    ProcessorConfig config() {
        ProcessorConfig config = ProcessorConfig.defaults().with(Map.of(
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, defaultBootstrap, ProcessorConfig.REGISTRY_URL, defaultRegistry));
        if (configFile != null) config = config.withFile(configFile);
        Map<String, String> options = new LinkedHashMap<>();
        options.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        options.put(ProcessorConfig.REGISTRY_URL, registry);
        options.put(ProcessorConfig.PARTITIONS, partitions == null ? null : partitions.toString());
        options.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads == null ? null : threads.toString());
        options.put(StreamsConfig.STATE_DIR_CONFIG, stateDir == null ? null : stateDir.toString());
        options.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        return config.with(options);
    }

    @Override
    public Integer call() throws Exception {
        ProcessorConfig config = config();
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // The JVM halts once its shutdown hooks return: the hook waits for the clean close it triggers.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            awaitQuietly(closed, ProcessorApp.CLOSE_TIMEOUT.plusSeconds(5));
        }, "factwire-process-shutdown"));
        try (ServedProcessor processor = ServedProcessor.start(config, httpHost, httpPort, advertised, startupTimeout)) {
            System.err.printf("factwire processor %s running on %s (registry %s)%nlive page and API: %s%nCtrl-C to stop%n",
                    config.applicationId(), config.bootstrapServers(), config.registryUrl(), processor.uri());
            stopRequested.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
