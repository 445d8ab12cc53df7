package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topics;
import io.factwire.schemas.registry.MockSchemaRegistryClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineMonitorTest {

    private static final String SCOPE = "pipeline-monitor-test";
    private static final Instant NOW = Instant.parse("2024-03-05T08:00:05Z");

    private final Topics topics = new Topics(SerdeConfig.forMock(SCOPE));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMonitor monitor = new PipelineMonitor(Map.of("bootstrap.servers", "unused:9092"), topics,
            registry, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void dropRegistryScope() {
        MockSchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void everyOutputTopicHasItsCounter() {
        monitor.count(record(Topics.ARTICLES, "a1", new byte[0], null));
        monitor.count(record(Topics.ARTICLES, "a2", new byte[0], null));
        monitor.count(record(Topics.ARTICLES_DUPLICATES, "a2", new byte[0], null));
        monitor.count(record(Topics.CLAIMS, "e1/killed/all", new byte[0], null));
        monitor.count(record(Topics.DEAD_LETTERS, "articles-0@3", new byte[0], null));

        assertThat(monitor.counts()).containsExactly(
                Map.entry("factwire.articles.in", 2.0), Map.entry("factwire.duplicates", 1.0),
                Map.entry("factwire.claims", 1.0), Map.entry("factwire.fact.changes", 0.0),
                Map.entry("factwire.dead.letters", 1.0));
    }

    @Test
    void latencyRunsFromTheIngestedHeaderToTheFirstUpdateTheArticleCaused() {
        monitor.count(record(Topics.ARTICLES, "a1", new byte[0], "2024-03-05T08:00:03.500Z"));
        FactState fact = ServingSamples.fact("e1", Outcome.killed, VictimGroup.all, 4);
        byte[] update = topics.factUpdates().valueSerde().serializer()
                .serialize(Topics.FACT_UPDATES, ServingSamples.update(null, fact, "a1"));

        monitor.count(record(Topics.FACT_UPDATES, fact.getKey(), update, null));
        monitor.count(record(Topics.FACT_UPDATES, fact.getKey(), update, null));

        assertThat(monitor.latency().count()).as("one sample per article").isEqualTo(1);
        assertThat(monitor.latency().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1500.0);
        assertThat(monitor.counts()).containsEntry("factwire.fact.changes", 2.0);
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String key, byte[] value, String ingested) {
        RecordHeaders headers = new RecordHeaders();
        if (ingested != null) headers.add(Topics.INGESTED_HEADER, ingested.getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(topic, 0, 0, 0L, TimestampType.CREATE_TIME, -1, -1, key, value, headers, Optional.empty());
    }
}
