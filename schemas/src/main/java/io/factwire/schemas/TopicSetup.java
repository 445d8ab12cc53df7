package io.factwire.schemas;

import io.factwire.stack.KafkaReady;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the pipeline's topics with their configs, and waits until they can really take writes. */
public final class TopicSetup {
    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    /**
     * Topics that are not compacted are bounded by size, not by time: their record timestamps are publication
     * times, and a replayed corpus or a backfill carries timestamps years old, which a time bound would delete
     * as soon as a segment closes, possibly before the processor has read it.
     */
    static final long RETENTION_BYTES_PER_PARTITION = 1L << 30;

    private TopicSetup() {}

    /**
     * Creates every topic of {@link Topics#allTopics()} that does not exist yet and waits until they take writes:
     * {@link #create} for the pipeline's topics.
     *
     * @return the names of the topics this call created
     * @throws TimeoutException if creation or readiness takes longer than {@code timeout}
     */
    public static List<String> createMissing(Admin admin, int partitions, short replication, Duration timeout) {
        return create(admin, Topics.allTopics(), partitions, replication, timeout);
    }

    /**
     * Creates those of {@code topics} that do not exist yet, with {@link #configFor} (a topic created meanwhile by
     * someone else is fine), then waits until every partition of every one of them takes writes
     * ({@link KafkaReady#awaitTopicsReady}: producing right after creating can lose the first batch, KAFKA-15591).
     *
     * @return the names of the topics this call created
     * @throws TimeoutException if creation or readiness takes longer than {@code timeout}
     */
    public static List<String> create(Admin admin, Collection<String> topics, int partitions, short replication,
                                      Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> existing = KafkaReady.await(admin.listTopics().names(), deadline, "list topics");
        List<NewTopic> missing = topics.stream()
                .filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, partitions, replication).configs(configFor(name, replication)))
                .toList();
        List<String> created = new ArrayList<>();
        if (!missing.isEmpty()) {
            admin.createTopics(missing).values().forEach((name, result) -> {
                try {
                    KafkaReady.await(result, deadline, "create topic " + name);
                    created.add(name);
                } catch (TopicExistsException raced) {
                    log.debug("topic {} was created concurrently", name);
                }
            });
            log.info("created topics {} ({} partitions, replication {})", created, partitions, replication);
        }
        KafkaReady.awaitTopicsReady(admin, topics, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
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
}
