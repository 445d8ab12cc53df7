package io.factwire.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's stack: a data dir formatted once, whose topics and records survive a restart. */
class PersistentStackIT {

    @Test
    void keepsTopicsAndRecordsAcrossARestart(@TempDir Path dataDir) throws Exception {
        // The in-memory registry keeps this test fast; the data dir is about Kafka.
        StackOptions options = StackOptions.builder().dataDir(dataDir).registryStorage(RegistryStorage.IN_MEMORY).build();
        String topic = "stack-it-kept";

        try (LocalStack stack = LocalStack.start(options)) {
            try (Admin admin = Clients.admin(stack.endpoints())) {
                Clients.createTopics(admin, List.of(topic));
            }
            try (KafkaProducer<String, String> producer = Clients.producer(stack.endpoints(), Map.of())) {
                producer.send(new ProducerRecord<>(topic, "k", "before the restart")).get();
            }
        }
        assertThat(dataDir.resolve("kafka").resolve("meta.properties")).exists();
        assertThat(dataDir.resolve("logs").resolve("apicurio.log")).isNotEmptyFile();

        try (LocalStack stack = LocalStack.start(options)) {
            try (Admin admin = Clients.admin(stack.endpoints())) {
                assertThat(admin.listTopics().names().get()).contains(topic);
            }
            assertThat(Clients.readCommitted(stack.endpoints(), topic, 1)).containsExactly("before the restart");
        }
    }
}
