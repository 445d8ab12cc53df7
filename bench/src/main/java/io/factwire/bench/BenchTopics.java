package io.factwire.bench;

import io.factwire.stack.KafkaReady;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bench's own topic (the pass-through sink) and what a run leaves behind (internal topics, groups). */
final class BenchTopics {

    private static final Logger LOG = LoggerFactory.getLogger(BenchTopics.class);

    private BenchTopics() {
    }

    /** Creates {@code topic} unless it exists, and waits until it takes writes. */
    static void create(Admin admin, String topic, int partitions, Duration timeout) throws InterruptedException {
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating topic " + topic + " took longer than " + timeout, e);
        }
        KafkaReady.awaitTopicsReady(admin, List.of(topic), timeout);
    }

    /**
     * Deletes the topics and consumer groups of the run (all named {@code runId-...}: the pass-through sink and the
     * applications' internal topics), so that runs on a long-lived stack do not pile up. Failures are logged: the
     * figures of the run are still good.
     */
    static void deleteRun(Admin admin, String runId) {
        try {
            List<String> doomed = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith(runId + "-"))
                    .toList();
            admin.deleteTopics(doomed).all().get(30, TimeUnit.SECONDS);
            List<String> groups = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(group -> group.groupId())
                    .filter(group -> group.startsWith(runId + "-"))
                    .toList();
            admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("bench: could not clean up the topics and groups of {}: {}", runId, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
