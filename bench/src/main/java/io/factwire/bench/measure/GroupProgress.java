package io.factwire.bench.measure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How far a Kafka Streams application (consumer group = application id) has got through its inputs: the source
 * topic up to a fixed target (the end of the workload), and every repartition topic of the application up to its
 * current end. All inputs consumed and committed means every record of the workload went through every
 * sub-topology and its output was committed: the application is done.
 *
 * <p>Repartition topics are written in transactions, so the last offset of a partition is often a commit marker,
 * which no consumer ever returns as a record. A partition that lags its end by a few offsets is therefore read
 * (read_committed) from the committed offset: if nothing but markers is left, it is done.
 */
public final class GroupProgress implements AutoCloseable {

    private static final long MAX_MARKER_GAP = 3;
    private static final Duration MARKER_POLL = Duration.ofMillis(300);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final Admin admin;
    private final String groupId;
    private final Map<TopicPartition, Long> sourceTargets;
    private final KafkaConsumer<byte[], byte[]> markerReader;
    /** Repartition topics are created before the application is RUNNING, so one look finds them all. */
    private Map<TopicPartition, OffsetSpec> repartitionPartitions;

    /**
     * @param sourceTargets for each partition of the source topic, the offset the application must have committed
     *                      (the end of the workload)
     */
    public GroupProgress(Admin admin, String bootstrapServers, String groupId, Map<TopicPartition, Long> sourceTargets) {
        this.admin = admin;
        this.groupId = groupId;
        this.sourceTargets = Map.copyOf(sourceTargets);
        this.markerReader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "factwire-bench-marker-check"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** One look at the group: what it committed on each input topic, its backlog, whether it is done. */
    public Snapshot snapshot() throws InterruptedException {
        long now = System.nanoTime();
        Map<TopicPartition, OffsetAndMetadata> committed = await(admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata());
        Map<String, Long> committedByTopic = new TreeMap<>();
        boolean sourceDone = true;
        for (Map.Entry<TopicPartition, Long> target : sourceTargets.entrySet()) {
            long offset = offsetOf(committed.get(target.getKey()));
            committedByTopic.merge(target.getKey().topic(), offset, Long::sum);
            sourceDone &= offset >= target.getValue();
        }
        Map<TopicPartition, Long> ends = repartitionEnds();
        long backlog = 0;
        Map<TopicPartition, Long> lagging = new HashMap<>();
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            long offset = offsetOf(committed.get(end.getKey()));
            committedByTopic.merge(end.getKey().topic(), offset, Long::sum);
            long gap = end.getValue() - offset;
            backlog += gap;
            if (gap > 0) {
                lagging.put(end.getKey(), offset);
            }
        }
        boolean done = sourceDone
                && lagging.entrySet().stream().allMatch(lag -> ends.get(lag.getKey()) - lag.getValue() <= MAX_MARKER_GAP)
                && (lagging.isEmpty() || onlyMarkersLeft(lagging, ends));
        return new Snapshot(now, committedByTopic, backlog, done);
    }

    /** The end offsets of the application's repartition topics, found once they exist. */
    private Map<TopicPartition, Long> repartitionEnds() throws InterruptedException {
        if (repartitionPartitions == null) {
            Set<String> topics = await(admin.listTopics().names()).stream()
                    .filter(name -> name.startsWith(groupId + "-") && name.endsWith("-repartition"))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            await(admin.describeTopics(topics).allTopicNames()).values().forEach(topic ->
                    topic.partitions().forEach(partition ->
                            latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            repartitionPartitions = latest;
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (!repartitionPartitions.isEmpty()) {
            await(admin.listOffsets(repartitionPartitions).all()).forEach((partition, info) -> ends.put(partition, info.offset()));
        }
        return ends;
    }

    private boolean onlyMarkersLeft(Map<TopicPartition, Long> from, Map<TopicPartition, Long> ends) {
        markerReader.assign(List.copyOf(from.keySet()));
        from.forEach(markerReader::seek);
        if (!markerReader.poll(MARKER_POLL).isEmpty()) {
            return false;
        }
        return from.keySet().stream().allMatch(partition -> markerReader.position(partition) >= ends.get(partition));
    }

    private static long offsetOf(OffsetAndMetadata committed) {
        return committed == null ? 0 : committed.offset();
    }

    private <T> T await(KafkaFuture<T> future) throws InterruptedException {
        try {
            return future.get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the progress of group " + groupId + " failed: " + e.getCause(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not answer within " + ADMIN_TIMEOUT_SECONDS + " s", e);
        }
    }

    @Override
    public void close() {
        markerReader.close();
    }

    /**
     * @param nanos            {@link System#nanoTime()} of the look
     * @param committedByTopic per input topic (the source, then each repartition topic), the sum of its committed
     *                         offsets
     * @param backlog          records written to repartition topics and not yet consumed
     * @param done             every input of the application consumed and committed
     */
    public record Snapshot(long nanos, Map<String, Long> committedByTopic, long backlog, boolean done) {
    }
}
