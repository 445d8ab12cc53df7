package io.factwire.processor;

import static io.factwire.processor.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.FactUpdate;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on a broker that only takes SASL clients (Kafka's test kit: PLAIN, an authorizer, the admin user a
 * super user), its security settings given the way an operator gives them, in the properties file: it creates its
 * topics, runs, turns an article into a fact update and serves its lag. The registry is the real stack's (it does
 * not need the broker).
 */
@RealStack
class SecuredClusterIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theProcessorRunsOnABrokerThatTakesOnlySaslClients(StackEndpoints stack) throws Exception {
        try (KafkaClusterTestKit cluster = saslCluster()) {
            Map<String, Object> client = new HashMap<>(Map.of(
                    CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name,
                    SaslConfigs.SASL_MECHANISM, "PLAIN",
                    SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required"
                            + " username=\"" + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\""
                            + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\";"));
            Path properties = dir.resolve("processor.properties");
            StringBuilder file = new StringBuilder();
            client.forEach((key, value) -> file.append(key).append('=').append(value).append('\n'));
            Files.writeString(properties, file);
            ProcessorConfig config = ProcessorConfig.load(properties, Map.of(
                    ProcessorConfig.REGISTRY_URL, stack.registryUrl(),
                    StreamsConfig.APPLICATION_ID_CONFIG, "factwire-secured",
                    StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(dir.resolve("state")).toString()));

            try (ServedProcessor processor = ServedProcessor.start(config, "127.0.0.1", 0, null, TIMEOUT);
                 Topics topics = new Topics(config.asMap())) {
                publish(client, topics, article("secured-1", "Police said 7 civilians were killed in the blast."));
                assertThat(firstUpdate(client, topics).getCause()).isEqualTo("secured-1");

                HttpResponse<String> lag = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(processor.uri().resolve("/api/lag")).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(lag.statusCode()).as(lag.body()).isEqualTo(200);
                assertThat(lag.body()).contains("factwire-secured");
            }
        }
    }

    private static KafkaClusterTestKit saslCluster() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    private static void publish(Map<String, Object> client, Topics topics, Article article) throws Exception {
        Topic<String, Article> topic = topics.articles();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(client, topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), article.getId(), article)).get();
        }
    }

    private static FactUpdate firstUpdate(Map<String, Object> client, Topics topics) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "secured-reader");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Topic<String, FactUpdate> updates = topics.factUpdates();
        try (KafkaConsumer<String, FactUpdate> consumer = new KafkaConsumer<>(config, updates.keySerde().deserializer(),
                updates.valueSerde().deserializer())) {
            consumer.subscribe(List.of(updates.name()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, FactUpdate> record : consumer.poll(Duration.ofMillis(500))) return record.value();
            }
        }
        throw new AssertionError("no fact update within " + TIMEOUT);
    }
}
