package io.factwire.ingest;

import io.factwire.schemas.TopicSetup;
import io.factwire.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;

/** Makes sure the topic ingest writes to exists and takes writes before the first article is sent. */
final class ArticleTopic {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private ArticleTopic() {
    }

    /**
     * Creates the pipeline's missing topics (schemas' {@link TopicSetup}, which also waits until they are
     * writable), and {@code topic} too when it is not one of them ({@code --topic} for a side experiment).
     *
     * @throws TimeoutException when the broker does not answer within {@code timeout}
     */
    static void prepare(String bootstrapServers, String topic, int partitions, short replication, Duration timeout) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Math.max(timeout.toMillis(), 1),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.clamp(timeout.toMillis(), 1, 30_000));
        try (Admin admin = Admin.create(config)) {
            TopicSetup.createMissing(admin, partitions, replication, timeout);
            if (!Topics.allTopics().contains(topic)) {
                createAndAwait(admin, topic, partitions, replication, Instant.now().plus(timeout));
            }
        }
    }

    /** Same configs and same readiness wait (KAFKA-15591: first batch lost right after creation) as TopicSetup. */
    private static void createAndAwait(Admin admin, String topic, int partitions, short replication,
                                       Instant deadline) {
        NewTopic newTopic = new NewTopic(topic, partitions, replication)
                .configs(TopicSetup.configFor(topic, replication));
        try {
            await(admin.createTopics(List.of(newTopic)).all(), deadline);
        } catch (TopicExistsException alreadyThere) {
            // created earlier or concurrently: fine
        }
        while (true) {
            try {
                TopicDescription description = await(admin.describeTopics(List.of(topic))
                        .topicNameValues().get(topic), deadline);
                Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                        .collect(Collectors.toMap(partition -> new TopicPartition(topic, partition.partition()),
                                partition -> OffsetSpec.latest()));
                await(admin.listOffsets(latest).all(), deadline);
                return;
            } catch (RetriableException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new TimeoutException("topic " + topic + " was not writable in time: " + notYet.getMessage());
                }
                sleep();
            }
        }
    }

    private static <T> T await(KafkaFuture<T> future, Instant deadline) {
        try {
            long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            return future.get(left, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (java.util.concurrent.TimeoutException late) {
            throw new TimeoutException("no answer from the broker in time", late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the topic", interrupted);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the topic", interrupted);
        }
    }
}
