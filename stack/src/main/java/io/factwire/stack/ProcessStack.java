package io.factwire.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stack for fault tests: one or three Kafka brokers, each in a JVM of its own (so that it can be stopped
 * with SIGTERM or killed with SIGKILL, and started again on its data and ports: {@link ProcessCluster}) and an
 * in-memory Apicurio registry (which does not depend on the brokers, so it keeps its schema ids while one is down).
 */
public final class ProcessStack implements RunningStack {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessStack.class);
    private static final Duration REGISTRY_READY = Duration.ofSeconds(90);

    private final ProcessCluster kafka;
    private final ApicurioRegistry registry;
    private final StackEndpoints endpoints;

    private ProcessStack(ProcessCluster kafka, ApicurioRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
        this.endpoints = new StackEndpoints(kafka.bootstrapServers(), registry.ccompatUrl());
    }

    /** One broker JVM (data and logs under {@code dir}) and the registry; returns once both serve. */
    public static ProcessStack start(Path dir) throws Exception {
        return start(dir, 1);
    }

    /**
     * {@code brokers} (1 or 3) broker JVMs (data and logs under {@code dir}; with 3, replication 3 and min ISR 2)
     * and the registry; returns once all serve.
     */
    public static ProcessStack start(Path dir, int brokers) throws Exception {
        Files.createDirectories(dir);
        ApicurioRegistry registry = ApicurioRegistry.launch(ApicurioHome.find(), FreePorts.pick(),
                RegistryStorage.IN_MEMORY, null, dir.resolve("apicurio.log"));
        ProcessCluster kafka = null;
        try {
            long began = System.nanoTime();
            kafka = ProcessCluster.start(dir, brokers);
            LOG.info("kafka: {} broker JVM(s) ready at {} in {} ms", brokers, kafka.bootstrapServers(),
                    (System.nanoTime() - began) / 1_000_000);
            registry.awaitReady(REGISTRY_READY);
        } catch (Exception | Error e) {
            registry.close();
            if (kafka != null) kafka.close();
            throw e;
        }
        return new ProcessStack(kafka, registry);
    }

    @Override
    public StackEndpoints endpoints() {
        return endpoints;
    }

    /** SIGTERM to broker {@code index}'s JVM: a clean stop. */
    @Override
    public void stopBroker(int index) {
        kafka.stopBroker(index);
    }

    /** SIGKILL to broker {@code index}'s JVM: a crash. */
    public void killBroker(int index) {
        kafka.killBroker(index);
    }

    /** Starts broker {@code index} again on its data and ports; returns once the cluster has it as a live broker. */
    @Override
    public void startBroker(int index) {
        kafka.startBroker(index);
    }

    @Override
    public void close() {
        registry.close();
        kafka.close();
    }
}
