package io.factwire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.avro.Article;
import io.factwire.schemas.Samples;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topics;
import io.factwire.schemas.registry.MockSchemaRegistryClient;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Bytes written with an older Article schema (no event, no extra) still read, and write, as the current one. */
class SchemaEvolutionTest {
    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final Map<String, Object> config = SerdeConfig.forMock("not-used-registry-is-injected");

    private byte[] writtenWithOlderSchema() {
        SpecificAvroSerializer<GenericRecord> oldProducer = new SpecificAvroSerializer<>(registry);
        oldProducer.configure(config, false);
        return oldProducer.serialize(Topics.ARTICLES, Samples.olderArticle());
    }

    @Test
    void olderWriterSchemaResolvesAgainstTheCurrentClassWithDefaults() {
        byte[] bytes = writtenWithOlderSchema();
        SpecificAvroDeserializer<Article> current = new SpecificAvroDeserializer<>(Article.class, registry);
        current.configure(config, false);

        Article article = current.deserialize(Topics.ARTICLES, bytes);

        assertThat(article.getId()).isEqualTo("a-old");
        assertThat(article.getIngested()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(article.getEvent()).isNull();
        assertThat(article.getExtra()).isEmpty();
    }

    @Test
    void theCurrentSchemaRegistersAsTheNextVersionOfTheSubject() {
        writtenWithOlderSchema();
        SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class, registry);
        serde.configure(config, false);
        serde.serializer().serialize(Topics.ARTICLES, new Article("a1", null, null, null, "b", null,
                Instant.EPOCH, null, false, null, Map.of()));
        assertThat(registry.getLatest("articles-value").version()).isEqualTo(2);
    }

    @Test
    void useLatestVersionWritesOlderRecordsInTheLatestSchema() {
        int latestId = registry.register("articles-value", Article.getClassSchema());
        Map<String, Object> latest = new HashMap<>(config);
        latest.put(AvroSerdeConfig.USE_LATEST_VERSION, true);
        latest.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
        SpecificAvroSerializer<GenericRecord> producer = new SpecificAvroSerializer<>(registry);
        producer.configure(latest, false);

        byte[] bytes = producer.serialize(Topics.ARTICLES, Samples.olderArticle());

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(latestId);
        SpecificAvroDeserializer<Article> reader = new SpecificAvroDeserializer<>(Article.class, registry);
        reader.configure(config, false);
        Article article = reader.deserialize(Topics.ARTICLES, bytes);
        assertThat(article.getId()).isEqualTo("a-old");
        assertThat(article.getExtra()).isEmpty();
    }

    @Test
    void useLatestVersionRefusesARecordTheLatestSchemaCannotHold() {
        registry.register("articles-value", Samples.OLDER_ARTICLE);
        Map<String, Object> latest = new HashMap<>(config);
        latest.put(AvroSerdeConfig.USE_LATEST_VERSION, true);
        SpecificAvroSerializer<GenericRecord> producer = new SpecificAvroSerializer<>(registry);
        producer.configure(latest, false);
        GenericRecord unrelated = new GenericData.Record(new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Other\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}"));
        unrelated.put("x", 1);

        assertThatThrownBy(() -> producer.serialize(Topics.ARTICLES, unrelated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("with the latest version 1 of subject articles-value");
    }

    @Test
    void genericReaderReturnsRecordsInTheWriterSchema() {
        byte[] bytes = writtenWithOlderSchema();
        Map<String, Object> generic = new HashMap<>(config);
        generic.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        SpecificAvroDeserializer<GenericRecord> reader = new SpecificAvroDeserializer<>(null, registry);
        reader.configure(generic, false);

        GenericRecord record = reader.deserialize(Topics.ARTICLES, bytes);

        assertThat(record).isNotInstanceOf(Article.class);
        assertThat(record.getSchema()).isEqualTo(Samples.OLDER_ARTICLE);
        assertThat(record.get("id")).hasToString("a-old");
    }
}
