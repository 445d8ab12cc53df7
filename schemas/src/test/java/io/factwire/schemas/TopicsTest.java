package io.factwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.schemas.registry.MockSchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TopicsTest {
    private static final String SCOPE = "topics-test";

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void namesAreKebabCaseAndCompactedTopicsAreTheLatestValueOnes() {
        assertThat(Topics.allTopics()).containsExactly("articles", "articles-unique", "articles-duplicates", "events",
                "claims", "facts", "fact-updates", "dead-letters");
        assertThat(Topics.outputTopics()).doesNotContain(Topics.ARTICLES).hasSize(7);
        assertThat(Topics.compactedTopics()).containsExactlyInAnyOrder(Topics.FACTS, Topics.EVENTS);
    }

    @Test
    void everyTopicRoundTripsItsRecordTypeThroughTheMockRegistry() {
        Map<String, SpecificRecord> samples = Samples.byTopic();
        try (Topics topics = new Topics(SerdeConfig.forMock(SCOPE))) {
            assertThat(topics.all()).extracting(Topic::name).containsExactlyElementsOf(Topics.allTopics());
            for (Topic<String, ? extends SpecificRecord> topic : topics.all()) {
                SpecificRecord sample = samples.get(topic.name());
                assertThat(roundTrip(topic, sample)).as(topic.name()).isEqualTo(sample);
                assertThat(topic.keySerde().deserializer().deserialize(topic.name(),
                        topic.keySerde().serializer().serialize(topic.name(), "key-é"))).isEqualTo("key-é");
            }
        }
        assertThat(MockSchemaRegistryClient.forScope(SCOPE).getLatest("facts-value").schema())
                .isEqualTo(io.factwire.avro.FactState.getClassSchema());
    }

    @Test
    void typedAccessorsCarryTheirTopicNames() {
        try (Topics topics = new Topics(SerdeConfig.forMock(SCOPE))) {
            assertThat(topics.articles().name()).isEqualTo(Topics.ARTICLES);
            assertThat(topics.articlesUnique().name()).isEqualTo(Topics.ARTICLES_UNIQUE);
            assertThat(topics.duplicates().name()).isEqualTo(Topics.ARTICLES_DUPLICATES);
            assertThat(topics.events().name()).isEqualTo(Topics.EVENTS);
            assertThat(topics.claims().name()).isEqualTo(Topics.CLAIMS);
            assertThat(topics.facts().name()).isEqualTo(Topics.FACTS);
            assertThat(topics.factUpdates().name()).isEqualTo(Topics.FACT_UPDATES);
            assertThat(topics.deadLetters().name()).isEqualTo(Topics.DEAD_LETTERS);
        }
    }

    @Test
    void compactedTopicsHaveNoRetentionAndOthersAreBoundedBySizeNotTimestamps() {
        assertThat(TopicSetup.configFor(Topics.FACTS, (short) 1))
                .containsOnly(Map.entry(TopicConfig.CLEANUP_POLICY_CONFIG, "compact"),
                        Map.entry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "4194304"));
        assertThat(TopicSetup.configFor(Topics.CLAIMS, (short) 1))
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "delete")
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .containsEntry(TopicConfig.RETENTION_BYTES_CONFIG, "1073741824")
                .doesNotContainKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        assertThat(TopicSetup.configFor(Topics.DEAD_LETTERS, (short) 3))
                .containsEntry(TopicConfig.RETENTION_BYTES_CONFIG, "1073741824")
                .containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
    }

    @SuppressWarnings("unchecked")
    private static <V> V roundTrip(Topic<String, V> topic, Object sample) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), (V) sample);
        return topic.valueSerde().deserializer().deserialize(topic.name(), bytes);
    }

    @Test
    void theIngestedHeaderIsReadAsAnInstantWhenItIsOne() {
        RecordHeaders headers = new RecordHeaders();
        assertThat(Topics.ingestedAt(headers)).isEmpty();
        headers.add(Topics.INGESTED_HEADER, "not a time".getBytes(StandardCharsets.UTF_8));
        assertThat(Topics.ingestedAt(headers)).isEmpty();
        headers.add(Topics.INGESTED_HEADER, "2026-03-02T08:15:00Z".getBytes(StandardCharsets.UTF_8));
        assertThat(Topics.ingestedAt(headers)).contains(Instant.parse("2026-03-02T08:15:00Z"));
    }
}
