package io.factwire.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stack for fault tests: one Kafka broker in a JVM of its own (so that it can be stopped with SIGTERM or
 * killed with SIGKILL, and started again on its data and port) and an in-memory Apicurio registry (which does not
 * depend on the broker, so it keeps its schema ids while the broker is down).
 */
public final class ProcessStack implements RunningStack {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessStack.class);
    private static final Duration REGISTRY_READY = Duration.ofSeconds(90);

    private final BrokerProcess broker;
    private final ApicurioRegistry registry;
    private final StackEndpoints endpoints;

    private ProcessStack(BrokerProcess broker, ApicurioRegistry registry) {
        this.broker = broker;
        this.registry = registry;
        this.endpoints = new StackEndpoints(broker.bootstrapServers(), registry.ccompatUrl());
    }

    /** Starts the broker (data and logs under {@code dir}) and the registry; returns once both serve. */
    public static ProcessStack start(Path dir) throws Exception {
        Files.createDirectories(dir);
        ApicurioRegistry registry = ApicurioRegistry.launch(ApicurioHome.find(), FreePorts.pick(),
                RegistryStorage.IN_MEMORY, null, dir.resolve("apicurio.log"));
        BrokerProcess broker = new BrokerProcess(dir.resolve("kafka"), FreePorts.pick(), dir.resolve("broker.log"));
        try {
            long began = System.nanoTime();
            broker.start();
            LOG.info("kafka: broker JVM ready at {} in {} ms", broker.bootstrapServers(), (System.nanoTime() - began) / 1_000_000);
            registry.awaitReady(REGISTRY_READY);
        } catch (Exception | Error e) {
            registry.close();
            broker.kill();
            throw e;
        }
        return new ProcessStack(broker, registry);
    }

    @Override
    public StackEndpoints endpoints() {
        return endpoints;
    }

    /** SIGTERM to the broker JVM: a clean stop. */
    @Override
    public void stopBroker(int index) {
        requireOnly(index);
        broker.terminate();
    }

    /** SIGKILL to the broker JVM: a crash. */
    public void killBroker(int index) {
        requireOnly(index);
        broker.kill();
    }

    /** Starts the broker again on its data and port; returns once it answers. */
    @Override
    public void startBroker(int index) {
        requireOnly(index);
        try {
            broker.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the broker", e);
        }
    }

    private static void requireOnly(int index) {
        if (index != 0) throw new IllegalArgumentException("this stack has one broker (index 0), not " + index);
    }

    @Override
    public void close() {
        registry.close();
        broker.terminate();
    }
}
