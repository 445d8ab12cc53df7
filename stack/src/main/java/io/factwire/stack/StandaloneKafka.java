package io.factwire.stack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * One combined broker + controller ({@link KafkaRaftServer}, the same class {@code kafka-server-start.sh} runs) on
 * a log directory formatted once and reused, so topics and offsets survive restarts.
 */
final class StandaloneKafka implements KafkaCluster {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneKafka.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private StandaloneKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * A one-node cluster. A static voter set (kraft.version 0) names the controller's address in config, not in the
     * log: the controller can take a new free port on every restart of the same data dir.
     */
    static StandaloneKafka start(Path logDir, int brokerPort) throws Exception {
        return start(logDir, KraftNode.quorum(List.of(FreePorts.orPick(brokerPort)), List.of(FreePorts.pick())).getFirst());
    }

    /** Node {@code node} of its quorum; formats {@code logDir} with the node's id and cluster id on first start. */
    static StandaloneKafka start(Path logDir, KraftNode node) throws Exception {
        KafkaConfig config = KafkaConfig.fromProps(properties(logDir, node), false);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(logDir, node);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException | Error e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new StandaloneKafka(server, node.bootstrapServers());
    }

    private static Properties properties(Path logDir, KraftNode node) {
        Properties props = new Properties();
        props.putAll(BrokerConfigs.forBrokers(node.voterCount()));
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(node.nodeId()));
        props.put("controller.quorum.voters", node.voters());
        props.put("listeners", "PLAINTEXT://" + node.bootstrapServers() + "," + CONTROLLER_LISTENER + "://" + node.controllerAddress());
        props.put("advertised.listeners", "PLAINTEXT://" + node.bootstrapServers());
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        return props;
    }

    /**
     * What {@code kafka-storage.sh format} does for a static quorum: the node's id, the cluster id shared by all
     * nodes and the latest production features.
     */
    private static void format(Path logDir, KraftNode node) throws Exception {
        Files.createDirectories(logDir);
        String clusterId = node.clusterId();
        MetadataVersion release = MetadataVersion.latestProduction();
        new Formatter()
                // It prints every bootstrap record; the one line below says what matters.
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .setNodeId(node.nodeId())
                .setClusterId(clusterId)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(release)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .run();
        LOG.info("kafka: formatted {} (node {}, cluster {}, metadata.version {})", logDir, node.nodeId(), clusterId, release);
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public int brokerCount() {
        return 1;
    }

    @Override
    public void stopBroker(int index) {
        throw new UnsupportedOperationException("stopping a broker needs a 3-broker stack (StackOptions.brokers(3))");
    }

    @Override
    public void startBroker(int index) {
        throw new UnsupportedOperationException("starting a broker needs a 3-broker stack (StackOptions.brokers(3))");
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
