package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void idempotentOrderedCompressedAndBoundedByTheTimeout() {
        Map<String, Object> config = ProducerSettings.defaults("localhost:9092", Duration.ofSeconds(10));

        assertThat(config).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 9_980)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000L);
    }

    @Test
    void aLongerLingerStretchesTheDeliveryTimeoutSoKafkaAcceptsTheConfig() {
        Map<String, Object> config = ProducerSettings.with("localhost:9092", Duration.ofSeconds(30),
                Map.of(ProducerConfig.LINGER_MS_CONFIG, "50"));

        assertThat(config).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_030);
    }

    @Test
    void anExplicitDeliveryTimeoutIsKept() {
        Map<String, Object> config = ProducerSettings.with("localhost:9092", Duration.ofSeconds(30),
                Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000"));

        assertThat(config).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
    }
}
