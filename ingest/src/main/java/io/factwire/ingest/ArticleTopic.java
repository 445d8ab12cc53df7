package io.factwire.ingest;

import io.factwire.schemas.TopicSetup;
import io.factwire.schemas.Topics;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.TimeoutException;

/** Makes sure the topic ingest writes to exists and takes writes before the first article is sent. */
final class ArticleTopic {

    private ArticleTopic() {
    }

    /**
     * Creates the pipeline's missing topics, and {@code topic} too when it is not one of them ({@code --topic} for a
     * side experiment), and waits until they take writes (schemas' {@link TopicSetup}).
     *
     * @throws TimeoutException when the broker does not answer within {@code timeout}
     */
    static void prepare(String bootstrapServers, String topic, int partitions, short replication, Duration timeout) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Math.max(timeout.toMillis(), 1),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.clamp(timeout.toMillis(), 1, 30_000));
        Set<String> topics = new LinkedHashSet<>(Topics.allTopics());
        topics.add(topic);
        try (Admin admin = Admin.create(config)) {
            TopicSetup.create(admin, topics, partitions, replication, timeout);
        }
    }
}
