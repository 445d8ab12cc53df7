package io.factwire.processor.pending;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** Stand-in for io.factwire.schemas.TopicSetup. */
public final class TopicSetup {
    private static final Set<String> COMPACTED = Set.of(Topics.EVENTS, Topics.FACTS);

    private TopicSetup() {}

    public static void createMissing(Admin admin, int partitions, short replication, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        List<NewTopic> missing = List.of(Topics.ARTICLES, Topics.ARTICLES_UNIQUE, Topics.ARTICLES_DUPLICATES,
                        Topics.EVENTS, Topics.CLAIMS, Topics.FACTS, Topics.FACT_UPDATES, Topics.DEAD_LETTERS).stream()
                .filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, partitions, replication).configs(COMPACTED.contains(name)
                        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of()))
                .toList();
        if (!missing.isEmpty()) admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
