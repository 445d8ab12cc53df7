package io.factwire.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.stack.junit.RealStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FeatureMetadata;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.server.common.Feature;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RealStack
class LocalStackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SCHEMA_CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    @Test
    void aTransactionalProducerCommitsAndAbortsExactlyOnce(StackEndpoints endpoints) throws Exception {
        String topic = "stack-it-transactions";
        try (Admin admin = Clients.admin(endpoints)) {
            Clients.createTopics(admin, List.of(topic));
        }
        try (KafkaProducer<String, String> producer = Clients.producer(endpoints,
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "stack-it-producer"))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "aborted")).get();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed")).get();
            producer.commitTransaction();
        }

        assertThat(Clients.readCommitted(endpoints, topic, 1)).containsExactly("committed");
    }

    @Test
    void theReadinessWaitGivesUpOnAMissingTopicNamingIt(StackEndpoints endpoints) {
        try (Admin admin = Clients.admin(endpoints)) {
            assertThatThrownBy(() -> KafkaReady.awaitTopicsReady(admin, List.of("stack-it-never-created"),
                    Duration.ofMillis(500)))
                    .isInstanceOf(TimeoutException.class)
                    .hasMessageContaining("stack-it-never-created");
        }
    }

    @Test
    void theClusterRunsTheProductionFeatures(StackEndpoints endpoints) throws Exception {
        FeatureMetadata features;
        try (Admin admin = Clients.admin(endpoints)) {
            features = admin.describeFeatures().featureMetadata().get();
        }
        Map<String, FinalizedVersionRange> finalized = features.finalizedFeatures();

        // transaction.version 2 is the protocol exactly_once_v2 expects; group.version 1 enables the new group protocols.
        assertThat(finalized.get("transaction.version").maxVersionLevel()).isGreaterThanOrEqualTo((short) 2);
        assertThat(finalized.get("group.version").maxVersionLevel()).isGreaterThanOrEqualTo((short) 1);
        // streams.version 1 lets Kafka Streams apps use group.protocol=streams.
        assertThat(finalized.get("streams.version").maxVersionLevel()).isGreaterThanOrEqualTo((short) 1);
        // kraft.version belongs to the controller quorum (describeMetadataQuorum), not to the brokers' features.
        Set<String> expected = ProductionFeatures.defaultLevels().entrySet().stream()
                .filter(feature -> feature.getValue() > 0)
                .filter(feature -> !feature.getKey().equals(Feature.KRAFT_VERSION.featureName()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(finalized).containsKeys(expected.toArray(String[]::new));
    }

    @Test
    void theRegistryRegistersReadsBackAndEnforcesBackwardCompatibility(StackEndpoints endpoints) throws Exception {
        String subject = endpoints.registryUrl() + "/subjects/stack-it-value";
        String v1 = schemaRequest("""
                {"type":"record","name":"Casualty","fields":[{"name":"outcome","type":"string"}]}""");
        // A new required field without a default cannot read data written with v1.
        String incompatible = schemaRequest("""
                {"type":"record","name":"Casualty","fields":[{"name":"outcome","type":"string"},\
                {"name":"count","type":"int"}]}""");

        HttpResponse<String> registered = post(subject + "/versions", v1);
        assertThat(registered.statusCode()).isEqualTo(200);
        int id = JSON.readTree(registered.body()).get("id").asInt();

        JsonNode byId = JSON.readTree(get(endpoints.registryUrl() + "/schemas/ids/" + id).body());
        assertThat(byId.get("schema").asText()).contains("Casualty", "outcome");
        JsonNode latest = JSON.readTree(get(subject + "/versions/latest").body());
        assertThat(latest.get("id").asInt()).isEqualTo(id);
        assertThat(latest.get("version").asInt()).isEqualTo(1);
        assertThat(post(subject + "/versions", incompatible).statusCode()).isEqualTo(409);
    }

    static String schemaRequest(String avroSchema) throws Exception {
        return JSON.writeValueAsString(Map.of("schema", avroSchema));
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", SCHEMA_CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
