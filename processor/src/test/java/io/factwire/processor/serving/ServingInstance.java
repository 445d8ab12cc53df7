package io.factwire.processor.serving;

import io.factwire.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/** One processor instance for the tests: Kafka Streams with {@code application.server} set, and its FactwireServer. */
final class ServingInstance implements AutoCloseable {

    final KafkaStreams streams;
    final FactwireServer server;
    final String applicationId;
    private final Path stateDir;

    private ServingInstance(KafkaStreams streams, FactwireServer server, String applicationId, Path stateDir) {
        this.streams = streams;
        this.server = server;
        this.applicationId = applicationId;
        this.stateDir = stateDir;
    }

    /**
     * Starts the topology {@code topologyOf} builds and the server, and (unless {@code await} is null) waits until
     * Kafka Streams is RUNNING.
     */
    static ServingInstance start(KafkaFixture kafka, String applicationId, Function<Topics, Topology> topologyOf,
                                 Duration heartbeat, Duration await) throws Exception {
        int port = KafkaFixture.freePort();
        String advertised = "127.0.0.1:" + port;
        Path stateDir = Files.createTempDirectory("factwire-serving-it");
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.endpoints.bootstrapServers());
        properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertised);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        properties.put("schema.registry.url", kafka.endpoints.registryUrl());
        KafkaStreams streams = new KafkaStreams(topologyOf.apply(kafka.topics), properties);
        ServingOptions options = ServingOptions.of(Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.endpoints.bootstrapServers()),
                kafka.endpoints.registryUrl(), applicationId, "127.0.0.1", port, advertised).withHeartbeat(heartbeat);
        FactwireServer server = FactwireServer.start(streams, kafka.topics, options);
        ServingInstance instance = new ServingInstance(streams, server, applicationId, stateDir);
        if (await != null) {
            streams.start();
            instance.awaitRunning(await);
        }
        return instance;
    }

    void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) throw new IllegalStateException(applicationId + " not RUNNING: " + streams.state());
            Thread.sleep(50);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    @Override
    public void close() {
        server.close();
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
