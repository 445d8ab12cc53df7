package io.factwire.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Kafka as an operator runs it: one or three combined broker + controller JVMs ({@link BrokerProcess}), a static
 * controller quorum naming all of them on ports fixed for the life of the cluster, one cluster id. Any broker can be
 * stopped (SIGTERM) or killed (SIGKILL) and started again on its data and ports; with three, the other two keep a
 * controller majority and, with replication 3 and min ISR 2 ({@link BrokerConfigs}), every partition writable.
 */
final class ProcessCluster implements KafkaCluster {

    private final List<BrokerProcess> brokers;
    private final String bootstrapServers;

    private ProcessCluster(List<BrokerProcess> brokers) {
        this.brokers = brokers;
        this.bootstrapServers = brokers.stream().map(BrokerProcess::bootstrapServers).collect(Collectors.joining(","));
    }

    /** Starts {@code count} (1 or 3) broker JVMs with data and logs under {@code dir}; returns once all are live. */
    static ProcessCluster start(Path dir, int count) throws InterruptedException {
        if (count != 1 && count != 3) {
            throw new IllegalArgumentException("a process cluster has 1 or 3 brokers, not " + count);
        }
        List<BrokerProcess> brokers = new ArrayList<>();
        for (KraftNode node : KraftNode.quorum(FreePorts.pick(count), FreePorts.pick(count))) {
            String name = count == 1 ? "" : "-" + node.nodeId();
            brokers.add(new BrokerProcess(dir.resolve("kafka" + name), node, dir.resolve("broker" + name + ".log")));
        }
        ProcessCluster cluster = new ProcessCluster(List.copyOf(brokers));
        try {
            // Together: a node of a quorum is live only once a majority of the controllers runs.
            brokers.forEach(BrokerProcess::launch);
            for (BrokerProcess broker : brokers) broker.awaitReady();
        } catch (InterruptedException | RuntimeException | Error e) {
            brokers.forEach(BrokerProcess::kill);
            throw e;
        }
        return cluster;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public int brokerCount() {
        return brokers.size();
    }

    /** SIGTERM: a clean stop (the broker hands its partitions over first). */
    @Override
    public void stopBroker(int index) {
        broker(index).terminate();
    }

    /** SIGKILL: a crash. */
    void killBroker(int index) {
        broker(index).kill();
    }

    /** Starts the broker again on its data and ports; returns once the cluster has it as a live broker. */
    @Override
    public void startBroker(int index) {
        try {
            broker(index).start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting broker " + index, e);
        }
    }

    private BrokerProcess broker(int index) {
        if (index < 0 || index >= brokers.size()) {
            throw new IllegalArgumentException("broker index must be 0.." + (brokers.size() - 1) + ", not " + index);
        }
        return brokers.get(index);
    }

    /**
     * SIGTERM to all at once: stopped one by one, the last ones would wait for a controller majority that is gone
     * (and be killed after a minute).
     */
    @Override
    public void close() {
        try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
            brokers.forEach(broker -> stopping.execute(broker::terminate));
        }
    }
}
