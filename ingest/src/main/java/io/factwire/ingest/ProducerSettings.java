package io.factwire.ingest;

import io.factwire.schemas.ArticleContent;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The producer configuration ingest runs with, before the caller's overrides. */
public final class ProducerSettings {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final int LINGER_MS = 20;
    static final int BATCH_BYTES = 256 * 1024;
    private static final long MIN_REQUEST_TIMEOUT_MS = 1000;
    private static final long MAX_REQUEST_TIMEOUT_MS = 30_000;

    private ProducerSettings() {
    }

    /**
     * Idempotent and ordered (acks=all, at most 5 requests in flight, which idempotence keeps in order even
     * across retries); lz4 compression, cheap on CPU for text that compresses about 2:1; batches of up to
     * 256 KiB filled for up to 20 ms, so a corpus goes out in few large requests. {@code timeout} bounds how
     * long a record may be retried ({@code delivery.timeout.ms}) and how long a send may wait for metadata or
     * buffer space ({@code max.block.ms}) when the broker is down.
     */
    public static Map<String, Object> defaults(String bootstrapServers, Duration timeout) {
        long timeoutMs = Math.max(timeout.toMillis(), 1);
        long requestTimeoutMs = Math.clamp(timeoutMs - LINGER_MS, MIN_REQUEST_TIMEOUT_MS, MAX_REQUEST_TIMEOUT_MS);
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "factwire-ingest");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
        // The topics take records up to this size: an article at the body limit is sent, not refused here.
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ArticleContent.MAX_RECORD_BYTES);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeoutMs);
        // Kafka refuses a delivery timeout shorter than linger + request timeout.
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeoutMs, requestTimeoutMs + LINGER_MS));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        return config;
    }

    /**
     * {@link #defaults} with {@code overrides} on top. The delivery timeout grows when overrides raise the
     * linger or request timeout past it (Kafka would refuse to start), unless it is overridden itself.
     */
    public static Map<String, Object> with(String bootstrapServers, Duration timeout, Map<String, ?> overrides) {
        Map<String, Object> config = defaults(bootstrapServers, timeout);
        config.putAll(overrides);
        if (!overrides.containsKey(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)) {
            long needed = millis(config, ProducerConfig.LINGER_MS_CONFIG)
                    + millis(config, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
            long delivery = millis(config, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(delivery, needed));
        }
        return config;
    }

    private static long millis(Map<String, Object> config, String key) {
        return Long.parseLong(String.valueOf(config.get(key)).strip());
    }
}
