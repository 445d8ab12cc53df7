package io.factwire.processor.serving;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The serving side's consumers: no consumer group (they assign partitions and seek themselves, so they never
 * disturb the processor's group or each other), nothing committed, and {@code read_committed}: they only ever see
 * the outcome of exactly-once transactions the processor committed, never a record of an aborted one.
 */
final class ConsumerConfigs {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private ConsumerConfigs() {}

    /** The consumer settings among the processor's client connection settings (bootstrap servers, security). */
    static Map<String, Object> connection(Map<String, Object> kafka) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.keySet().retainAll(ConsumerConfig.configNames());
        return config;
    }

    /** {@code base} (bootstrap servers, security settings) made into a group-less read_committed consumer config. */
    static Map<String, Object> readCommitted(Map<String, Object> base, String purpose) {
        Map<String, Object> config = new HashMap<>(base);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Asking for a topic the processor has not created yet must not create it with the broker's defaults.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // A position that fell off the log (retention) restarts from what is left, not from the end.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "factwire-serving-" + purpose + "-" + CLIENTS.incrementAndGet());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return config;
    }

    static KafkaConsumer<String, byte[]> bytesConsumer(Map<String, Object> config) {
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
