package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A processor started over the state of an older topology refuses, naming what it found, instead of going on. */
@RealStack
class RetiredStateIT {

    @Test
    void aProcessorRefusesToStartOverAnOlderTopologysDedupIndex(StackEndpoints stack, @TempDir Path stateDir) throws Exception {
        String applicationId = "retired-it-" + UUID.randomUUID().toString().substring(0, 8);
        String oldChangelog = applicationId + "-dedup-index-changelog";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(oldChangelog, 1, (short) 1))).all().get();
        }
        ProcessorConfig config = ProcessorConfig.defaults().with(Map.of(
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProcessorConfig.REGISTRY_URL, stack.registryUrl(),
                StreamsConfig.APPLICATION_ID_CONFIG, applicationId,
                StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));

        assertThatThrownBy(() -> ProcessorApp.start(config, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(oldChangelog)
                .hasMessageContaining("./factwire demo --fresh");
    }
}
