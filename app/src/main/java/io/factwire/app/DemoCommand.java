package io.factwire.app;

import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.ServedProcessor;
import io.factwire.processor.snapshot.Snapshot;
import io.factwire.schemas.Durations;
import io.factwire.schemas.Topics;
import io.factwire.stack.LocalStack;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.StackOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./factwire demo}: the whole product on this machine. A real Kafka broker and schema registry, the
 * processor, the input published through the registry, and the result: live until Ctrl-C, or with
 * {@code --once} one JSON object once everything is processed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on a real local Kafka broker and schema registry.",
                "Starts them, runs the processor, publishes the input and shows the live facts until Ctrl-C.",
                "With --once: waits until the input is fully processed, prints",
                "{\"facts\": [...], \"events\": [...], \"duplicates\": [...]} and exits."})
final class DemoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Seeds-format files, folders or JSON Lines to publish (default: the samples/ folder).")
    List<String> paths;

    @Option(names = "--once", description = "Stop once the input is fully processed and print the result as JSON.")
    boolean once;

    @Option(names = "--out", paramLabel = "FILE", description = "With --once: write the JSON here instead of stdout.")
    Path out;

    @Option(names = "--fresh", description = "Wipe the demo's state (.factwire/demo) first: topics, offsets, stores.")
    boolean fresh;

    @Option(names = "--partitions", defaultValue = "6", description = "Partitions of each topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threads", defaultValue = "2", description = "Stream threads of the processor (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--http-port", defaultValue = "8080",
            description = "Port of the live page and API (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int httpPort;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = Durations.Converter.class,
            description = "With --once: give up when the input is not processed within this long (e.g. 90s, 10m; default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        Path home = FactwireHome.stateDir().resolve("demo");
        if (fresh) {
            DemoFiles.deleteRecursively(home);
        }
        List<String> input = paths == null || paths.isEmpty()
                ? List.of(FactwireHome.root().resolve("samples").toString()) : paths;
        System.err.println("demo: starting a real Kafka broker and schema registry (state in " + home + ")");
        // Ctrl-C: interrupt the main thread, then hold the JVM until it has closed the processor and the stack.
        CountDownLatch closed = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            main.interrupt();
            awaitQuietly(closed);
        }, "factwire-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (LocalStack stack = LocalStack.start(StackOptions.builder().dataDir(home.resolve("stack")).build())
                .closedByOwner()) {
            StackEndpoints endpoints = stack.endpoints();
            ProcessorConfig config = processorConfig(endpoints, partitions, threads, home.resolve("streams"));
            System.err.println("demo: starting the processor (" + threads + " stream threads, " + partitions + " partitions)");
            try (ServedProcessor processor = ServedProcessor.start(config, "127.0.0.1", httpPort, null, Duration.ofMinutes(2));
                 EndpointsFile ignored = EndpointsFile.write(FactwireHome.endpointsFile(), endpoints.withWeb(processor.uri().toString()))) {
                System.err.println("demo: live page and API at " + processor.uri());
                if (once) {
                    DemoInput.publish(input, endpoints);
                    return finishOnce(config, endpoints);
                }
                try (LiveFeed feed = LiveFeed.open(endpoints)) { // opened first, so it shows every update of this run
                    if (feed.earlierUpdates()) {
                        // Started again on its state: the same articles are re-sends, and nothing new would show.
                        System.err.println("demo: the facts of earlier runs are on the page; articles published again"
                                + " are re-sends and change nothing (--fresh starts over)");
                    }
                    DemoInput.publish(input, endpoints);
                    System.err.println("demo: kafka " + endpoints.bootstrapServers() + ", registry " + endpoints.registryUrl());
                    System.err.println("demo: open " + processor.uri() + " to watch the figures live");
                    System.err.println("demo: publish more with ./factwire ingest PATH (it finds this demo); Ctrl-C stops everything");
                    feed.printUntilInterrupted(System.out);
                    return 0;
                }
            }
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is what is running now.
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The demo's processor: the defaults, on this stack, with these partitions, stream threads and state folder. */
    static ProcessorConfig processorConfig(StackEndpoints endpoints, int partitions, int threads, Path stateDir) {
        return ProcessorConfig.defaults().with(Map.of(
                "bootstrap.servers", endpoints.bootstrapServers(),
                ProcessorConfig.REGISTRY_URL, endpoints.registryUrl(),
                ProcessorConfig.PARTITIONS, Integer.toString(partitions),
                "num.stream.threads", Integer.toString(threads),
                "state.dir", stateDir.toString()));
    }

    /**
     * What {@code --once} prints, once the processor running {@code config} has consumed everything published and
     * its output has been quiet for 2 s: {@code {"facts": [...], "events": [...], "duplicates": [...]}}.
     */
    static String awaitResult(ProcessorConfig config, StackEndpoints endpoints, Duration timeout) throws Exception {
        System.err.println("demo: waiting until the processor has consumed everything and output is quiet for 2 s");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()))) {
            new Quiescence(admin, config.applicationId(), List.of(Topics.ARTICLES), Topics.outputTopics())
                    .await(Duration.ofSeconds(2), timeout);
        }
        return Snapshot.read(endpoints.bootstrapServers(), endpoints.registryUrl());
    }

    private int finishOnce(ProcessorConfig config, StackEndpoints endpoints) throws Exception {
        String json = awaitResult(config, endpoints, timeout);
        if (out != null) {
            Files.writeString(out, json + System.lineSeparator(), StandardCharsets.UTF_8);
            System.err.println("demo: wrote " + out.toAbsolutePath());
        } else {
            System.out.println(json);
        }
        System.err.println("demo: done; stopping the processor, the registry and the broker");
        return 0;
    }
}
