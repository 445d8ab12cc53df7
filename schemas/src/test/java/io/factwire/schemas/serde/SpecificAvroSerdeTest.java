package io.factwire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.schemas.Samples;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topics;
import io.factwire.schemas.registry.MockSchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SpecificAvroSerdeTest {
    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final Map<String, Object> config = SerdeConfig.forMock("not-used-registry-is-injected");

    private SpecificAvroSerde<Article> articleSerde() {
        SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class, registry);
        serde.configure(config, false);
        return serde;
    }

    @Test
    void bytesAreMagicByteThenBigEndianSchemaIdThenPlainAvroBinary() throws Exception {
        registry.register("unrelated-value", Claim.getClassSchema()); // so the article's id is 2, not 1
        Article article = Samples.article();

        byte[] bytes = articleSerde().serializer().serialize(Topics.ARTICLES, article);

        int id = registry.getLatest("articles-value").id();
        assertThat(id).isEqualTo(2);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(new byte[] {0, 0, 0, 0, 2});
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(expected, null);
        new SpecificDatumWriter<>(Article.class).write(article, encoder);
        encoder.flush();
        assertThat(bytes).isEqualTo(expected.toByteArray());
    }

    @Test
    void keysUseTheKeySubject() {
        SpecificAvroSerde<Article> keys = new SpecificAvroSerde<>(Article.class, registry);
        keys.configure(config, true);
        keys.serializer().serialize(Topics.ARTICLES, Samples.article());
        assertThat(registry.getLatest("articles-key").schema()).isEqualTo(Article.getClassSchema());
    }

    @Test
    void nullIsATombstoneBothWays() {
        SpecificAvroSerde<Article> serde = articleSerde();
        assertThat(serde.serializer().serialize(Topics.FACTS, null)).isNull();
        assertThat(serde.deserializer().deserialize(Topics.FACTS, null)).isNull();
    }

    @Test
    void jsonBytesAreRejectedNamingTheMagicByteAndTopic() {
        byte[] json = "{\"id\":\"a1\"}".getBytes();
        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(Topics.ARTICLES, json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("unknown magic byte 0x7b at the start of a record from topic articles"
                        + " (not Confluent Avro wire format)");
    }

    @Test
    void recordsShorterThanTheHeaderAreRejected() {
        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(Topics.ARTICLES, new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("record from topic articles is 3 bytes, shorter than the 5-byte Confluent wire format header");
    }

    @Test
    void unknownSchemaIdIsNamedWithTheRegistry() {
        byte[] bytes = {0, 0, 0, 0, 42, 2, 'a'};
        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(Topics.ARTICLES, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("could not read a record from topic articles: schema id 42 not found in registry "
                        + registry.location());
    }

    @Test
    void bytesLeftAfterTheRecordAreRejected() {
        SpecificAvroSerde<Article> serde = articleSerde();
        byte[] bytes = serde.serializer().serialize(Topics.ARTICLES, Samples.article());
        byte[] padded = ByteBuffer.allocate(bytes.length + 2).put(bytes).put((byte) 1).put((byte) 2).array();
        assertThatThrownBy(() -> serde.deserializer().deserialize(Topics.ARTICLES, padded))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("has 2 bytes left after its Avro body");
    }

    @Test
    void truncatedBodyIsRejectedNamingTopicAndSchemaId() {
        SpecificAvroSerde<Article> serde = articleSerde();
        byte[] bytes = serde.serializer().serialize(Topics.ARTICLES, Samples.article());
        byte[] truncated = java.util.Arrays.copyOf(bytes, 20);
        assertThatThrownBy(() -> serde.deserializer().deserialize(Topics.ARTICLES, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("could not decode a record from topic articles with schema id 1 (20 bytes)");
    }

    @Test
    void aRecordOfAnotherTypeIsRejectedNamingBothTypes() {
        SpecificAvroSerde<Claim> claims = new SpecificAvroSerde<>(Claim.class, registry);
        claims.configure(config, false);
        byte[] claimBytes = claims.serializer().serialize(Topics.ARTICLES, Samples.claim());
        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(Topics.ARTICLES, claimBytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("(io.factwire.avro.Claim), which io.factwire.avro.Article cannot read");
    }

    @Test
    void aMissingRequiredFieldIsASerializationErrorNamingTheTopic() {
        Article noBody = new Article();
        noBody.setId("a1");
        assertThatThrownBy(() -> articleSerde().serializer().serialize(Topics.ARTICLES, noBody))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("could not write a io.factwire.avro.Article to topic articles as Avro");
    }

    @Test
    void withoutAReaderClassTheWriterSchemaNamePicksTheGeneratedClass() {
        byte[] bytes = articleSerde().serializer().serialize(Topics.ARTICLES, Samples.article());
        SpecificAvroDeserializer<Article> byName = new SpecificAvroDeserializer<>(null, registry);
        byName.configure(config, false);
        assertThat(byName.deserialize(Topics.ARTICLES, bytes)).isEqualTo(Samples.article());
    }

    @Test
    void withoutAutoRegisterTheSchemaMustAlreadyBeRegistered() {
        Map<String, Object> lookupOnly = new HashMap<>(config);
        lookupOnly.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false");
        SpecificAvroSerializer<Article> serializer = new SpecificAvroSerializer<>(registry);
        serializer.configure(lookupOnly, false);

        assertThatThrownBy(() -> serializer.serialize(Topics.ARTICLES, Samples.article()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("is not registered under subject articles-value")
                .hasMessageContaining("auto.register.schemas is false");

        int id = registry.register("articles-value", Article.getClassSchema());
        byte[] bytes = serializer.serialize(Topics.ARTICLES, Samples.article());
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    }
}
