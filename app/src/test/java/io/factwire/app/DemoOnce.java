package io.factwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.ServedProcessor;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What {@code ./factwire demo --once} does once its stack is up: the demo's processor with its HTTP server, the input
 * published through ingest, the JSON once all is processed. The topics start empty and the application id is the
 * run's own, so that nothing left on the shared stack leaks into the result.
 */
final class DemoOnce {

    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(5);

    private DemoOnce() {}

    /** @param ingestArguments what {@code ./factwire ingest} is given: options, then the input paths */
    static String run(StackEndpoints stack, List<String> ingestArguments, Path stateDir) throws Exception {
        deleteFactwireTopics(stack);
        ProcessorConfig config = DemoCommand.processorConfig(stack, 6, 2, stateDir).with(
                StreamsConfig.APPLICATION_ID_CONFIG, "factwire-it-" + UUID.randomUUID().toString().substring(0, 8));
        try (ServedProcessor ignored = ServedProcessor.start(config, "127.0.0.1", 0, null, Duration.ofMinutes(1))) {
            DemoInput.publish(ingestArguments, stack);
            return DemoCommand.awaitResult(config, stack, PROCESSING_TIMEOUT);
        }
    }

    private static void deleteFactwireTopics(StackEndpoints stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get().stream()
                    .filter(Topics.allTopics()::contains).collect(Collectors.toSet());
            if (existing.isEmpty()) return;
            admin.deleteTopics(existing).all().get(1, TimeUnit.MINUTES);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            // Deletion completes after the call returns: a topic created again too early would keep old records.
            while (admin.listTopics().names().get().stream().anyMatch(existing::contains)) {
                assertThat(System.nanoTime()).as("topics %s still listed a minute after deletion", existing).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }
}
