package io.factwire.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A real Kafka cluster (in this JVM) and a real Apicurio schema registry (a child JVM) on the loopback interface.
 * {@link #close()} stops the registry, then Kafka; a JVM shutdown hook does the same if the owner never calls it.
 */
public final class LocalStack implements RunningStack {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration REGISTRY_READY_IN_MEMORY = Duration.ofSeconds(90);
    // The kafkasql storage replays its journal topic before it is ready: 20-30 s here, more on a busy machine.
    private static final Duration REGISTRY_READY_KAFKASQL = Duration.ofSeconds(180);

    private final StackOptions options;
    private final Path tempDir;
    private final Thread shutdownHook = new Thread(this::close, "factwire-stack-shutdown");
    // Volatile: the shutdown hook may close the stack while another thread is still starting it.
    private volatile KafkaCluster kafka;
    private volatile ApicurioRegistry registry;
    private volatile StackEndpoints endpoints;
    private boolean closed;

    private LocalStack(StackOptions options, Path tempDir) {
        this.options = options;
        this.tempDir = tempDir;
    }

    /** Starts Kafka and the registry and returns once both serve; on failure stops whatever had started. */
    public static LocalStack start(StackOptions options) {
        Path home = ApicurioHome.find();
        LocalStack stack = new LocalStack(options, options.persistent() ? null : createTempDir());
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startServices(home);
            return stack;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stack.stopAfterFailedStart(e);
        } catch (Exception e) {
            throw stack.stopAfterFailedStart(e);
        }
    }

    /**
     * For an owner whose own shutdown hook closes this stack after what runs on it: Java runs shutdown hooks at the
     * same time, so the stack's own hook would stop Kafka under a processor that is still closing (it then waits
     * its full close timeout and leaves its transactions to time out).
     */
    public LocalStack closedByOwner() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyShuttingDown) {
            // The hook runs anyway and finds the stack closed or closes it.
        }
        return this;
    }

    private RuntimeException stopAfterFailedStart(Exception cause) {
        try {
            close();
        } catch (RuntimeException closeFailure) {
            cause.addSuppressed(closeFailure);
        }
        return cause instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("the local stack did not start: " + cause.getMessage(), cause);
    }

    private void startServices(Path apicurioHome) throws Exception {
        int registryPort = FreePorts.orPick(options.registryPort());
        Path registryLog = registryLogFile(registryPort);
        long registryLaunched = System.nanoTime();
        // The in-memory registry needs no Kafka: both JVMs start side by side, which saves seconds on every run.
        if (options.registryStorage() == RegistryStorage.IN_MEMORY) {
            registry = ApicurioRegistry.launch(apicurioHome, registryPort, RegistryStorage.IN_MEMORY, null,
                    registryLog);
        }
        long kafkaLaunched = System.nanoTime();
        kafka = startKafka();
        LOG.info("kafka: started {} broker{} at {} in {}{}", kafka.brokerCount(), kafka.brokerCount() == 1 ? "" : "s",
                kafka.bootstrapServers(), seconds(kafkaLaunched),
                options.persistent() ? " (data in " + kafkaLogDir() + ")" : "");
        if (registry == null) {
            registryLaunched = System.nanoTime();
            registry = ApicurioRegistry.launch(apicurioHome, registryPort, RegistryStorage.KAFKASQL,
                    kafka.bootstrapServers(), registryLog);
        }
        registry.awaitReady(options.registryStorage() == RegistryStorage.KAFKASQL
                ? REGISTRY_READY_KAFKASQL : REGISTRY_READY_IN_MEMORY);
        LOG.info("registry: Apicurio ready at {} in {} ({} storage, log {})", registry.ccompatUrl(),
                seconds(registryLaunched), options.registryStorage(), registryLog);
        endpoints = new StackEndpoints(kafka.bootstrapServers(), registry.ccompatUrl());
    }

    /**
     * Kafka's test kit (free ports, throw-away storage) unless the data must be kept or the port is fixed: then
     * the standalone server, which formats its directory once and reuses it.
     */
    private KafkaCluster startKafka() throws Exception {
        if (options.brokers() == 1 && (options.persistent() || options.kafkaPort() != 0)) {
            return StandaloneKafka.start(kafkaLogDir(), options.kafkaPort());
        }
        return TestKitKafka.start(options.brokers());
    }

    private Path kafkaLogDir() {
        return (options.persistent() ? options.dataDir() : tempDir).resolve("kafka");
    }

    /** In the data dir for the demo; under Maven, in the module's target directory so it outlives a failed test. */
    private Path registryLogFile(int registryPort) {
        if (options.persistent()) {
            return options.dataDir().resolve("logs").resolve("apicurio.log");
        }
        Path target = Path.of("target");
        return (Files.isDirectory(target) ? target : tempDir).resolve("apicurio-" + registryPort + ".log");
    }

    @Override
    public StackEndpoints endpoints() {
        if (endpoints == null) {
            throw new IllegalStateException("the stack has not started");
        }
        return endpoints;
    }

    public StackOptions options() {
        return options;
    }

    /** Stops broker {@code index} (0-based) of a 3-broker stack; its port and data stay for {@link #startBroker}. */
    @Override
    public void stopBroker(int index) {
        long began = System.nanoTime();
        kafka.stopBroker(index);
        LOG.info("kafka: broker {} stopped in {}", index, seconds(began));
    }

    /** Starts broker {@code index} of a 3-broker stack again and returns once the controller has let it in. */
    @Override
    public void startBroker(int index) {
        long began = System.nanoTime();
        kafka.startBroker(index);
        LOG.info("kafka: broker {} started again in {}", index, seconds(began));
    }

    /** Stops the registry, then Kafka, then deletes temporary storage. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        if (registry != null) {
            long began = System.nanoTime();
            registry.close();
            LOG.info("registry: stopped in {}", seconds(began));
        }
        if (kafka != null) {
            long began = System.nanoTime();
            try {
                kafka.close();
                LOG.info("kafka: stopped in {}", seconds(began));
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (tempDir != null) {
            deleteRecursively(tempDir);
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException jvmAlreadyShuttingDown) {
                // The hook runs anyway and finds the stack closed.
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("factwire-stack-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary directory for the stack", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("stack: cannot delete {}: {}", dir, e.toString());
        }
    }

    private static String seconds(long sinceNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - sinceNanos) / 1e9);
    }
}
