package io.factwire.processor.serving.lag;

import io.factwire.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A consumer group's lag, computed the way {@code kafka-consumer-groups --describe} does (committed offsets from
 * {@code Admin.listConsumerGroupOffsets}, log ends from {@code Admin.listOffsets(latest)}), plus its age: the
 * record at the committed offset is fetched and its time compared with now. That time is the
 * {@code factwire.ingested} header when the record has one (ingest stamps it, Kafka Streams carries it along; the
 * record timestamp of an article is its publication time, which says nothing about how long it has waited), else
 * the record timestamp.
 */
public final class ConsumerGroupLag {

    private static final Duration FETCH_WAIT = Duration.ofSeconds(3);

    private final Admin admin;
    private final Map<String, Object> consumerConfig;
    private final Clock clock;

    /** @param consumerConfig bootstrap servers (and security settings) for the consumer that reads the oldest records */
    public ConsumerGroupLag(Admin admin, Map<String, Object> consumerConfig, Clock clock) {
        this.admin = admin;
        this.consumerConfig = consumerConfig;
        this.clock = clock;
    }

    /**
     * @throws NoSuchGroupException when the group has no committed offsets (unknown, or never committed)
     */
    public LagReport compute(String group, Duration timeout)
            throws NoSuchGroupException, InterruptedException, TimeoutException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) throw new NoSuchGroupException(group);
            throw e;
        }
        Map<TopicPartition, Long> current = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null) current.put(partition, offset.offset());
        });
        if (current.isEmpty()) throw new NoSuchGroupException(group);

        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        current.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);

        Map<TopicPartition, Long> behind = new HashMap<>();
        current.forEach((partition, offset) -> {
            if (ends.get(partition).offset() > offset) behind.put(partition, offset);
        });
        Map<TopicPartition, Instant> oldest = oldestUnprocessed(behind, ends);
        Instant now = clock.instant();

        List<PartitionLag> rows = new ArrayList<>();
        current.forEach((partition, offset) -> {
            long end = ends.get(partition).offset();
            Instant since = oldest.get(partition);
            double seconds = since == null ? 0 : Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
            rows.add(new PartitionLag(partition.topic(), partition.partition(), offset, end, Math.max(0, end - offset), seconds));
        });
        rows.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
        return new LagReport(group, now, rows);
    }

    /**
     * The time of the first record at or after each committed offset. None for a partition whose remaining offsets
     * hold no readable record (transaction markers, aborted records): nothing is waiting there.
     */
    private Map<TopicPartition, Instant> oldestUnprocessed(Map<TopicPartition, Long> committed,
                                                           Map<TopicPartition, ListOffsetsResultInfo> ends) {
        Map<TopicPartition, Instant> oldest = new HashMap<>();
        if (committed.isEmpty()) return oldest;
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(committed.keySet());
            committed.forEach(consumer::seek);
            Set<TopicPartition> pending = new HashSet<>(committed.keySet());
            long deadline = System.nanoTime() + FETCH_WAIT.toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (pending.remove(partition)) oldest.put(partition, timeOf(record));
                }
                // Read past the end without a record: only markers or aborted records were left.
                pending.removeIf(partition -> consumer.position(partition) >= ends.get(partition).offset());
                consumer.pause(committed.keySet().stream().filter(partition -> !pending.contains(partition)).toList());
            }
        }
        return oldest;
    }

    /** When ingest read the article (its header), else the record's timestamp. */
    private static Instant timeOf(ConsumerRecord<?, ?> record) {
        return Topics.ingestedAt(record.headers()).orElseGet(() -> Instant.ofEpochMilli(record.timestamp()));
    }

    /** The group has no committed offsets: it does not exist, or it has never committed. */
    public static final class NoSuchGroupException extends Exception {
        public NoSuchGroupException(String group) {
            super("consumer group '" + group + "' has no committed offsets (unknown group, or it has not committed yet)");
        }
    }
}
