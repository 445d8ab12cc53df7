package io.factwire.schemas;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the pipeline's topics with their configs, and waits until they can really take writes. */
public final class TopicSetup {
    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    /**
     * Topics that are not compacted are bounded by size, not by time: their record timestamps are publication
     * times, and a replayed corpus or a backfill carries timestamps years old, which a time bound would delete
     * as soon as a segment closes, possibly before the processor has read it.
     */
    static final long RETENTION_BYTES_PER_PARTITION = 1L << 30;

    private TopicSetup() {}

    /**
     * Creates every topic of {@link Topics#allTopics()} that does not exist yet (a topic created meanwhile by
     * someone else is fine), then waits until {@code Admin.listOffsets} answers for every partition of every
     * topic: producing to a topic right after creating it can lose the first batch (KAFKA-15591).
     *
     * @return the names of the topics this call created
     * @throws TimeoutException if creation or readiness takes longer than {@code timeout}
     */
    public static List<String> createMissing(Admin admin, int partitions, short replication, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Set<String> existing = await(admin.listTopics().names(), deadline, "list topics");
        List<NewTopic> missing = Topics.allTopics().stream()
                .filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, partitions, replication).configs(configFor(name, replication)))
                .toList();
        List<String> created = new ArrayList<>();
        if (!missing.isEmpty()) {
            admin.createTopics(missing).values().forEach((name, result) -> {
                try {
                    await(result, deadline, "create topic " + name);
                    created.add(name);
                } catch (TopicExistsException raced) {
                    log.debug("topic {} was created concurrently", name);
                }
            });
            log.info("created topics {} ({} partitions, replication {})", created, partitions, replication);
        }
        awaitWritable(admin, deadline, timeout);
        return created;
    }

    /** The configs a topic is created with. */
    public static Map<String, String> configFor(String topic, short replication) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(ArticleContent.MAX_RECORD_BYTES));
        if (Topics.isCompacted(topic)) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        } else {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
            configs.put(TopicConfig.RETENTION_BYTES_CONFIG, Long.toString(RETENTION_BYTES_PER_PARTITION));
        }
        if (replication > 1) {
            // One replica may be down and acks=all writes still succeed, but never on the leader alone.
            configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(replication - 1));
        }
        return configs;
    }

    private static void awaitWritable(Admin admin, Instant deadline, Duration timeout) {
        RuntimeException lastFailure = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                Map<String, TopicDescription> topics =
                        await(admin.describeTopics(Topics.allTopics()).allTopicNames(), deadline, "describe topics");
                Map<TopicPartition, OffsetSpec> partitions = new LinkedHashMap<>();
                topics.values().forEach(topic -> topic.partitions().forEach(partition ->
                        partitions.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
                await(admin.listOffsets(partitions).all(), deadline, "list offsets");
                return;
            } catch (RetriableException notYet) {
                lastFailure = notYet;
                sleep(RETRY_PAUSE);
            }
        }
        throw new TimeoutException("topics " + Topics.allTopics() + " were not writable within " + timeout
                + (lastFailure == null ? "" : ": " + lastFailure.getMessage()), lastFailure);
    }

    /** The future's value; its failure rethrown as is when it is a Kafka exception, so callers can catch by type. */
    private static <T> T await(KafkaFuture<T> future, Instant deadline, String what) {
        try {
            Duration left = Duration.between(Instant.now(), deadline);
            return future.get(Math.max(left.toMillis(), 1), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) throw cause;
            throw new IllegalStateException("could not " + what + ": " + failed.getCause(), failed.getCause());
        } catch (java.util.concurrent.TimeoutException late) {
            throw new TimeoutException("could not " + what + " before the deadline", late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + what, interrupted);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topics to become writable", interrupted);
        }
    }
}
