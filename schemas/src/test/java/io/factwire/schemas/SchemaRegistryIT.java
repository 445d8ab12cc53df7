package io.factwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.avro.Article;
import io.factwire.avro.FactState;
import io.factwire.schemas.registry.CompatibilityLevel;
import io.factwire.schemas.registry.IncompatibleSchemaException;
import io.factwire.schemas.registry.RestSchemaRegistryClient;
import io.factwire.schemas.registry.SchemaNotFoundException;
import io.factwire.schemas.serde.SpecificAvroDeserializer;
import io.factwire.schemas.serde.SpecificAvroSerializer;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/** The serdes and the registry client against a real Apicurio Registry (its Confluent-compatible API). */
@RealStack
class SchemaRegistryIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void registryIdsAreTheOnesTheRegistryReportsForTheSubject(StackEndpoints stack) throws Exception {
        try (Topics topics = new Topics(SerdeConfig.forRegistry(stack.registryUrl()))) {
            byte[] bytes = topics.facts().valueSerde().serializer().serialize(Topics.FACTS, Samples.factState());

            int latestId = latestIdByRawHttp(stack.registryUrl(), "facts-value");
            assertThat(bytes[0]).isZero();
            assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(latestId);
            FactState plain = new SpecificDatumReader<>(FactState.class).read(null,
                    DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(bytes, 5, bytes.length), null));
            assertThat(plain.getKey()).isEqualTo(Samples.factState().getKey());
            assertThat(topics.facts().valueSerde().deserializer().deserialize(Topics.FACTS, bytes))
                    .isEqualTo(Samples.factState());
        }
    }

    @Test
    void anIncompatibleChangeIsRejectedWithTheRegistrysReason(StackEndpoints stack) {
        String subject = "schemas-it-incompatible-value";
        try (RestSchemaRegistryClient registry = new RestSchemaRegistryClient(stack.registryUrl())) {
            registry.register(subject, Article.getClassSchema());
            registry.updateConfig(subject, CompatibilityLevel.BACKWARD);
            Schema breaking = Samples.withRequiredField(Article.getClassSchema(), "language");

            assertThat(registry.testCompatibility(subject, breaking).compatible()).isFalse();
            assertThatThrownBy(() -> registry.register(subject, breaking))
                    .isInstanceOf(IncompatibleSchemaException.class)
                    .hasMessageStartingWith("schema for subject " + subject + " is incompatible with the latest version: ")
                    .satisfies(e -> System.out.println("Apicurio's 409: " + e.getMessage()));
            assertThat(registry.getLatest(subject).version()).isEqualTo(1);
        }
    }

    @Test
    void subjectConfigIsReadAndUpdated(StackEndpoints stack) {
        String subject = "schemas-it-config-value";
        try (RestSchemaRegistryClient registry = new RestSchemaRegistryClient(stack.registryUrl())) {
            registry.register(subject, Article.getClassSchema());
            assertThat(registry.getConfig(subject)).isEqualTo(CompatibilityLevel.BACKWARD);
            assertThat(registry.updateConfig(subject, CompatibilityLevel.FULL_TRANSITIVE))
                    .isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
            assertThat(registry.getConfig(subject)).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        }
    }

    @Test
    void anUnknownIdIsNamedWithTheRegistry(StackEndpoints stack) {
        try (RestSchemaRegistryClient registry = new RestSchemaRegistryClient(stack.registryUrl())) {
            assertThatThrownBy(() -> registry.getById(987_654))
                    .isInstanceOf(SchemaNotFoundException.class)
                    .hasMessage("schema id 987654 not found in registry " + stack.registryUrl());
            assertThat(registry.lookup("schemas-it-never-registered-value", Article.getClassSchema())).isEmpty();
        }
    }

    @Test
    void recordsOfAnOlderProducerReadAsTheCurrentClass(StackEndpoints stack) {
        String topic = "schemas-it-evolution";
        try (RestSchemaRegistryClient registry = new RestSchemaRegistryClient(stack.registryUrl());
                SpecificAvroSerializer<GenericRecord> olderProducer = new SpecificAvroSerializer<>(registry);
                SpecificAvroDeserializer<Article> currentConsumer = new SpecificAvroDeserializer<>(Article.class, registry)) {
            olderProducer.configure(SerdeConfig.forRegistry(stack.registryUrl()), false);
            currentConsumer.configure(SerdeConfig.forRegistry(stack.registryUrl()), false);

            Article read = currentConsumer.deserialize(topic, olderProducer.serialize(topic, Samples.olderArticle()));

            assertThat(read.getId()).isEqualTo("a-old");
            assertThat(read.getExtra()).isEmpty();
            // the current schema is a BACKWARD-compatible next version of the subject
            assertThat(registry.register(topic + "-value", Article.getClassSchema())).isPositive();
            assertThat(registry.getLatest(topic + "-value").version()).isEqualTo(2);
        }
    }

    /** The id straight from the registry's REST API, independent of the client under test. */
    static int latestIdByRawHttp(String registryUrl, String subject) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(registryUrl + "/subjects/" + subject + "/versions/latest")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).get("id").asInt();
        }
    }
}
