package io.factwire.app.chaos;

import io.factwire.schemas.ArticleContent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the workload and the poison records to {@code articles} and keeps the ledger the checks start from: what
 * went to which partition and offset. Articles go through an idempotent producer that retries for minutes, so a
 * broker restart delays them but loses or repeats none; records over the broker's size limit go through a second,
 * plain producer, and the broker's refusal is their expected end.
 */
final class ChaosPublisher implements AutoCloseable {

    /** One record the broker acknowledged (or, for {@link PoisonKind#OVER_BROKER_MAX}, refused). */
    record Sent(String id, PoisonKind poison, TopicPartition partition, long offset) {
        boolean isArticle() {
            return poison == null || poison.outcome() == PoisonKind.Outcome.DUPLICATE;
        }
    }

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaProducer<String, byte[]> oversizeProducer;
    private final List<Sent> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Sent> refusedAsTooLarge = new CopyOnWriteArrayList<>();
    private final Map<String, String> unexpectedFailures = new ConcurrentHashMap<>();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oversizeAttempts = new AtomicLong();

    ChaosPublisher(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "factwire-chaos",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ArticleContent.MAX_RECORD_BYTES,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofMinutes(10).toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Duration.ofMinutes(10).toMillis()),
                new StringSerializer(), new ByteArraySerializer());
        this.oversizeProducer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "factwire-chaos-oversize",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * ArticleContent.MAX_RECORD_BYTES,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * ArticleContent.MAX_RECORD_BYTES,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofMinutes(10).toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Duration.ofMinutes(10).toMillis()),
                new StringSerializer(), new ByteArraySerializer());
    }

    void send(String id, PoisonKind poison, PoisonRecords.Raw raw) {
        boolean oversize = poison == PoisonKind.OVER_BROKER_MAX;
        pending.incrementAndGet();
        if (oversize) oversizeAttempts.incrementAndGet();
        (oversize ? oversizeProducer : producer).send(new ProducerRecord<>(topic, raw.key(), raw.value()), (metadata, error) -> {
            if (error == null) {
                acknowledged.add(new Sent(id, poison, new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset()));
            } else if (oversize && error instanceof RecordTooLargeException) {
                refusedAsTooLarge.add(new Sent(id, poison, null, -1));
            } else {
                unexpectedFailures.put(id, error.toString());
            }
            pending.decrementAndGet();
        });
    }

    void flush() {
        producer.flush();
        oversizeProducer.flush();
    }

    List<Sent> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<Sent> refusedAsTooLarge() {
        return List.copyOf(refusedAsTooLarge);
    }

    /** Records whose send failed other than as expected: lost before they reached the pipeline. */
    Map<String, String> unexpectedFailures() {
        return Map.copyOf(unexpectedFailures);
    }

    long oversizeAttempts() {
        return oversizeAttempts.get();
    }

    long pending() {
        return pending.get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
        oversizeProducer.close(Duration.ofSeconds(30));
    }
}
