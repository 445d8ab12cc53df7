package io.factwire.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.schemas.Samples;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topics;
import io.factwire.schemas.serde.SpecificAvroSerde;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryClientTest {
    private static final String SCOPE = "mock-registry-test";

    /** The current Article plus a required field with no default: old data cannot be read with it. */
    private static final Schema ARTICLE_WITH_REQUIRED_FIELD = Samples.withRequiredField(Article.getClassSchema(), "language");

    @AfterEach
    void dropScope() {
        MockSchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void serdesConfiguredWithTheSameMockUrlShareOneRegistry() {
        SpecificAvroSerde<Article> producer = new SpecificAvroSerde<>(Article.class);
        producer.configure(SerdeConfig.forMock(SCOPE), false);
        SpecificAvroSerde<Article> consumer = new SpecificAvroSerde<>(Article.class);
        consumer.configure(SerdeConfig.forMock(SCOPE), false);

        byte[] bytes = producer.serializer().serialize(Topics.ARTICLES, Samples.article());

        assertThat(consumer.deserializer().deserialize(Topics.ARTICLES, bytes)).isEqualTo(Samples.article());
        assertThat(MockSchemaRegistryClient.forScope(SCOPE).getLatest("articles-value").id()).isEqualTo(1);
        MockSchemaRegistryClient.dropScope(SCOPE);
        assertThatThrownBy(() -> MockSchemaRegistryClient.forScope(SCOPE).getLatest("articles-value"))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessage("subject articles-value not found in registry mock://" + SCOPE);
    }

    @Test
    void theSameSchemaHasOneIdAcrossSubjectsAndVersionsCountFromOne() {
        MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);
        int articles = registry.register("articles-value", Article.getClassSchema());
        int unique = registry.register("articles-unique-value", Article.getClassSchema());
        int claims = registry.register("claims-value", Claim.getClassSchema());

        assertThat(unique).isEqualTo(articles);
        assertThat(claims).isNotEqualTo(articles);
        assertThat(registry.register("articles-value", Article.getClassSchema())).isEqualTo(articles);
        assertThat(registry.getVersion("articles-value", 1).id()).isEqualTo(articles);
        assertThat(registry.lookup("claims-value", Article.getClassSchema())).isEmpty();
        assertThat(registry.getById(claims)).isEqualTo(Claim.getClassSchema());
        assertThatThrownBy(() -> registry.getVersion("articles-value", 2))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessageContaining("version 2 of subject articles-value not found");
    }

    @Test
    void anIncompatibleChangeIsRejectedWithTheReasonUnlessTheSubjectAllowsIt() {
        MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);
        registry.register("articles-value", Article.getClassSchema());
        assertThat(registry.getConfig("articles-value")).isEqualTo(CompatibilityLevel.BACKWARD);

        CompatibilityReport report = registry.testCompatibility("articles-value", ARTICLE_WITH_REQUIRED_FIELD);
        assertThat(report.compatible()).isFalse();
        assertThat(report.messages()).singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThatThrownBy(() -> registry.register("articles-value", ARTICLE_WITH_REQUIRED_FIELD))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageStartingWith("schema for subject articles-value is incompatible with the latest version: "
                        + "READER_FIELD_MISSING_DEFAULT_VALUE at /fields/11");

        assertThat(registry.updateConfig("articles-value", CompatibilityLevel.NONE)).isEqualTo(CompatibilityLevel.NONE);
        assertThat(registry.register("articles-value", ARTICLE_WITH_REQUIRED_FIELD)).isEqualTo(2);
        assertThat(registry.getLatest("articles-value").version()).isEqualTo(2);
    }
}
