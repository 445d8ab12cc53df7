package io.factwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** Real Kafka and a real Apicurio registry: topics from TopicSetup, records from a KafkaProducer, raw bytes read back. */
@RealStack
class KafkaWireFormatIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void topicSetupCreatesEveryTopicOnceWithItsCleanupPolicy(StackEndpoints stack) throws Exception {
        try (Admin admin = admin(stack)) {
            TopicSetup.createMissing(admin, 2, (short) 1, TIMEOUT);
            assertThat(TopicSetup.createMissing(admin, 2, (short) 1, TIMEOUT)).as("second run").isEmpty();

            assertThat(admin.listTopics().names().get()).containsAll(Topics.allTopics());
            assertThat(cleanupPolicy(admin, Topics.FACTS)).isEqualTo("compact");
            assertThat(cleanupPolicy(admin, Topics.EVENTS)).isEqualTo("compact");
            assertThat(cleanupPolicy(admin, Topics.CLAIMS)).isEqualTo("delete");
            assertThat(admin.describeTopics(List.of(Topics.ARTICLES)).allTopicNames().get()
                    .get(Topics.ARTICLES).partitions()).hasSize(2);
        }
    }

    @Test
    void aProducedArticleIsMagicByteRegistryIdAndAvroOnTheWire(StackEndpoints stack) throws Exception {
        Article article = Article.newBuilder(Samples.article()).setId("wire-" + System.nanoTime()).build();
        try (Admin admin = admin(stack); Topics topics = new Topics(SerdeConfig.forRegistry(stack.registryUrl()))) {
            TopicSetup.createMissing(admin, 2, (short) 1, TIMEOUT);
            Topic<String, Article> articles = topics.articles();
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
                    articles.keySerde().serializer(), articles.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(articles.name(), article.getId(), article)).get();
                producer.send(new ProducerRecord<>(articles.name(), article.getId(), null)).get(); // tombstone
            }

            List<ConsumerRecord<byte[], byte[]>> raw = readAll(stack, articles.name(), article.getId());

            assertThat(raw).hasSize(2);
            byte[] value = raw.getFirst().value();
            assertThat(value[0]).isZero();
            int id = ByteBuffer.wrap(value, 1, 4).getInt();
            assertThat(id).isEqualTo(SchemaRegistryIT.latestIdByRawHttp(stack.registryUrl(), "articles-value"));
            Article decoded = new SpecificDatumReader<>(Article.class).read(null,
                    DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(value, 5, value.length), null));
            assertThat(decoded).isEqualTo(article);
            assertThat(articles.valueSerde().deserializer().deserialize(articles.name(), value)).isEqualTo(article);
            assertThat(raw.get(1).value()).as("tombstone").isNull();
        }
    }

    /** Every record of {@code topic} with this key, from the beginning, read as raw bytes. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(StackEndpoints stack, String topic, String key) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(new String(record.key(), StandardCharsets.UTF_8))) found.add(record);
                });
            }
        }
        return found;
    }

    private static String cleanupPolicy(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
    }

    private static Admin admin(StackEndpoints stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
    }
}
