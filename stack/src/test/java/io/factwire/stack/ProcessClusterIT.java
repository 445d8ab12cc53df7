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

/** Three broker JVMs as the chaos suite runs them: a SIGKILLed leader is replaced, restarted and let back in. */
class ProcessClusterIT {

    @Test
    void aKilledBrokerJvmComesBackOnItsDataAndNothingAcknowledgedIsLost(@TempDir Path dir) throws Exception {
        try (ProcessCluster cluster = ProcessCluster.start(dir, 3)) {
            StackEndpoints endpoints = new StackEndpoints(cluster.bootstrapServers(), "http://unused");
            String topic = "stack-it-killed-leader";
            int leader;
            try (Admin admin = Clients.admin(endpoints)) {
                Clients.createTopics(admin, List.of(topic));
                leader = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                        .partitions().getFirst().leader().id();
            }
            try (KafkaProducer<String, String> producer = Clients.producer(endpoints, Map.of())) {
                producer.send(new ProducerRecord<>(topic, "k", "before")).get();
                // Node ids are 1..3, broker indexes 0..2.
                cluster.killBroker(leader - 1);
                producer.send(new ProducerRecord<>(topic, "k", "two of three")).get();
            }
            cluster.startBroker(leader - 1);

            assertThat(Clients.readCommitted(endpoints, topic, 2)).containsExactly("before", "two of three");
        }
    }
}
