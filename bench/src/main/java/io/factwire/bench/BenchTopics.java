package io.factwire.bench;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a run leaves behind: the pass-through sink, internal topics, consumer groups. */
final class BenchTopics {

    private static final Logger LOG = LoggerFactory.getLogger(BenchTopics.class);

    private BenchTopics() {
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
