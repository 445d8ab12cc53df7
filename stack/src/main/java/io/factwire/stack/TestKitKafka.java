package io.factwire.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Kafka's own test kit: the real broker and controller code on pre-bound free ports, storage formatted in a temporary
 * directory and deleted on close. One combined node, or three brokers plus one dedicated controller (combined nodes
 * with several controllers hang at start-up).
 */
final class TestKitKafka implements KafkaCluster {

    private static final Duration BROKER_REJOIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClusterTestKit cluster;
    private final List<Integer> brokerIds;

    private TestKitKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
        this.brokerIds = List.copyOf(cluster.nodes().brokerNodes().keySet());
    }

    static TestKitKafka start(int brokers) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder(ProductionFeatures.bootstrapMetadata())
                .setCombined(brokers == 1)
                .setNumBrokerNodes(brokers)
                .setNumControllerNodes(1)
                .build();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
        BrokerConfigs.forBrokers(brokers).forEach(builder::setConfigProp);
        KafkaClusterTestKit cluster = builder.build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new TestKitKafka(cluster);
        } catch (Exception | Error e) {
            closeQuietly(cluster, e);
            throw e;
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public int brokerCount() {
        return brokerIds.size();
    }

    @Override
    public void stopBroker(int index) {
        cluster.brokers().get(brokerId(index)).shutdown();
    }

    @Override
    public void startBroker(int index) {
        int id = brokerId(index);
        cluster.brokers().get(id).startup();
        awaitRegistered(id);
    }

    /** A started broker serves only once the controller has unfenced it, which describeCluster then shows. */
    private void awaitRegistered(int id) {
        long deadline = System.nanoTime() + BROKER_REJOIN_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                List<Integer> live = admin.describeCluster().nodes().get().stream().map(Node::id).toList();
                if (live.contains(id)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("broker " + id + " did not rejoin within " + BROKER_REJOIN_TIMEOUT
                            + "; live brokers: " + live);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for broker " + id + " to rejoin", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe the cluster while broker " + id + " rejoins", e.getCause());
        }
    }

    private int brokerId(int index) {
        if (index < 0 || index >= brokerIds.size()) {
            throw new IllegalArgumentException("broker index must be 0.." + (brokerIds.size() - 1) + ", not " + index);
        }
        return brokerIds.get(index);
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not stop cleanly", e);
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster, Throwable failure) {
        try {
            cluster.close();
        } catch (Exception closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
