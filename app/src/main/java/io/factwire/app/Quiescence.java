package io.factwire.app;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Decides when a Streams application has processed everything it was given: its committed offsets have reached
 * the end of every partition of its input topics (the source topic and its internal repartition topics), and
 * the output topics have not grown for a quiet period. This is what {@code demo --once} waits for.
 */
final class Quiescence {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Admin admin;
    private final String groupId;
    private final Collection<String> sourceTopics;
    private final Collection<String> outputTopics;

    Quiescence(Admin admin, String groupId, Collection<String> sourceTopics, Collection<String> outputTopics) {
        this.admin = admin;
        this.groupId = groupId;
        this.sourceTopics = sourceTopics;
        this.outputTopics = outputTopics;
    }

    /** Blocks until caught up and quiet for {@code quiet}, or throws after {@code timeout}. */
    void await(Duration quiet, Duration timeout) throws InterruptedException, TimeoutException, ExecutionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastOutputTotal = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long outputTotal = sum(endOffsets(partitionsOf(outputTopics)));
            if (outputTotal != lastOutputTotal) {
                lastOutputTotal = outputTotal;
                quietSince = System.nanoTime();
            }
            boolean quietEnough = System.nanoTime() - quietSince >= quiet.toNanos();
            if (quietEnough && remainingLag() == 0) {
                return;
            }
            Thread.sleep(POLL);
        }
        throw new TimeoutException("the processor did not catch up within " + timeout.toSeconds()
                + " s (" + remainingLag() + " records left for group " + groupId + ")");
    }

    /**
     * Records not yet committed by the group over its source topics and every internal topic it consumes. With
     * exactly-once, the log end of a topic written in transactions sits one past the last record (the commit
     * marker), and a consumer that has read everything commits past that marker too, so "caught up" is exact.
     */
    long remainingLag() throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        Set<TopicPartition> inputs = new HashSet<>(committed.keySet());
        inputs.addAll(partitionsOf(sourceTopics));
        // A repartition topic the group has not committed on yet still counts: its records are waiting for a task
        // whose first transaction has not committed (a busy machine), and its output is still to come.
        Set<String> repartitions = admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith(groupId + "-") && name.endsWith("-repartition"))
                .collect(Collectors.toSet());
        inputs.addAll(partitionsOf(repartitions));
        long lag = 0;
        for (var end : endOffsets(inputs).entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (position == null ? 0 : position.offset()));
        }
        return lag;
    }

    private Set<TopicPartition> partitionsOf(Collection<String> topics) throws InterruptedException, ExecutionException {
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
        return descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toSet());
    }

    private Map<TopicPartition, Long> endOffsets(Set<TopicPartition> partitions) throws InterruptedException, ExecutionException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResultInfo> e : admin.listOffsets(latest).all().get().entrySet()) {
            ends.put(e.getKey(), e.getValue().offset());
        }
        return ends;
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
