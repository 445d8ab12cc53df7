package io.factwire.processor.snapshot;

import io.factwire.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a whole topic, from the beginning to the end offsets taken when it starts, without a consumer group.
 * read_committed: end offsets are the last stable offsets, so aborted and open transactions are never shown.
 */
final class TopicReader {

    private final String bootstrap;
    private final Duration timeout;

    TopicReader(String bootstrap, Duration timeout) {
        this.bootstrap = bootstrap;
        this.timeout = timeout;
    }

    /** Records in partition, then offset order. */
    <K, V> List<ConsumerRecord<K, V>> readAll(Topic<K, V> topic) throws TimeoutException, InterruptedException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "factwire-snapshot-" + topic.name());
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .toList();
            if (partitions.isEmpty()) return List.of();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading " + topic.name() + " to offsets " + end + " took longer than " + timeout);
                }
                if (Thread.interrupted()) throw new InterruptedException("interrupted while reading " + topic.name());
                for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                    // Records committed after the start are left for the next snapshot.
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) records.add(record);
                }
            }
            records.sort(Comparator.<ConsumerRecord<K, V>>comparingInt(ConsumerRecord::partition)
                    .thenComparingLong(ConsumerRecord::offset));
            return records;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }
}
