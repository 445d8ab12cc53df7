package io.factwire.processor.serving;

import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topic;
import io.factwire.schemas.TopicSetup;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The pipeline's topics on the test stack, and a producer of Avro records through the registry, as factwire writes them. */
final class KafkaFixture implements AutoCloseable {

    final StackEndpoints endpoints;
    final Topics topics;
    private final KafkaProducer<byte[], byte[]> producer;

    KafkaFixture(StackEndpoints endpoints) throws InterruptedException {
        this.endpoints = endpoints;
        this.topics = new Topics(SerdeConfig.forRegistry(endpoints.registryUrl()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()))) {
            TopicSetup.createMissing(admin, 6, (short) 1, Duration.ofSeconds(60));
        }
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * The pipeline's topics emptied first (deleted, then created again): for a test that shows everything there
     * is, like the page's screenshot, and must not show what earlier tests left on the shared stack.
     */
    static KafkaFixture withEmptyTopics(StackEndpoints endpoints) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<String> doomed = Topics.allTopics().stream().filter(existing::contains).toList();
            admin.deleteTopics(doomed).all().get();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (admin.listTopics().names().get().stream().anyMatch(doomed::contains)) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("topics " + doomed + " were not deleted");
                Thread.sleep(100);
            }
        }
        return new KafkaFixture(endpoints);
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    <V> RecordMetadata publish(Topic<String, V> topic, String key, V value) {
        return publish(topic, key, value, new RecordHeaders());
    }

    <V> RecordMetadata publish(Topic<String, V> topic, String key, V value, Headers headers) {
        byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
        byte[] valueBytes = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), headers, value);
        try {
            return producer.send(new ProducerRecord<>(topic.name(), null, keyBytes, valueBytes, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + key + " to " + topic.name(), e);
        }
    }

    /** A fresh suffix, so that tests sharing the stack's topics never see each other's records. */
    static String uniqueId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A port that was free a moment ago on the loopback interface. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
        topics.close();
    }
}
