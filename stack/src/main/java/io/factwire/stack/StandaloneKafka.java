package io.factwire.stack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
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
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private StandaloneKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static StandaloneKafka start(Path logDir, int brokerPort) throws Exception {
        int port = FreePorts.orPick(brokerPort);
        // A static voter set (kraft.version 0) names the controller's address in config, not in the log: the
        // controller can take a new free port on every restart of the same data dir.
        int controllerPort = FreePorts.pick();
        KafkaConfig config = KafkaConfig.fromProps(properties(logDir, port, controllerPort), false);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(logDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException | Error e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new StandaloneKafka(server, "127.0.0.1:" + port);
    }

    private static Properties properties(Path logDir, int port, int controllerPort) {
        Properties props = new Properties();
        props.putAll(BrokerConfigs.forBrokers(1));
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        return props;
    }

    /** What {@code kafka-storage.sh format} does: a new cluster id and the latest production features. */
    private static void format(Path logDir) throws Exception {
        Files.createDirectories(logDir);
        String clusterId = Uuid.randomUuid().toString();
        MetadataVersion release = MetadataVersion.latestProduction();
        new Formatter()
                // It prints every bootstrap record; the one line below says what matters.
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(release)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .run();
        LOG.info("kafka: formatted {} (cluster {}, metadata.version {})", logDir, clusterId, release);
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
