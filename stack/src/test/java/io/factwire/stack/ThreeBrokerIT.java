package io.factwire.stack;

import io.factwire.stack.junit.RealStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@RealStack(brokers = 3)
class ThreeBrokerIT {

    @Test
    void acksAllSurvivesTheLossOfTheLeader(LocalStack stack) throws Exception {
        StackEndpoints endpoints = stack.endpoints();
        String topic = "stack-it-replicated";
        int leader;
        try (Admin admin = Clients.admin(endpoints)) {
            Clients.createTopics(admin, List.of(topic));
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(description.partitions().getFirst().replicas()).hasSize(3);
            assertThat(admin.describeCluster().nodes().get()).hasSize(3);
            leader = description.partitions().getFirst().leader().id();
        }
        // The test kit numbers brokers from 0, so a broker's id is its index.
        stack.stopBroker(leader);
        try (KafkaProducer<String, String> producer = Clients.producer(endpoints, Map.of())) {
            RecordMetadata written = producer.send(new ProducerRecord<>(topic, "k", "two of three")).get();
            assertThat(written.offset()).isZero();
        } finally {
            stack.startBroker(leader);
        }

        try (Admin admin = Clients.admin(endpoints)) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(3);
        }
        assertThat(Clients.readCommitted(endpoints, topic, 1)).containsExactly("two of three");
    }
}
