package io.factwire.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stacks of their own (not the shared one), started and stopped under watch. The demo's stack goes through two lives
 * in one test, because every start costs seconds.
 */
class StackLifecycleIT {

    private static final String TOPIC = "stack-it-kept";

    @Test
    void startsEmptyLeavesNothingBehindAndKeepsItsDataAcrossARestart(@TempDir Path dataDir) throws Exception {
        // The in-memory registry keeps this test fast; the data dir is about Kafka.
        StackOptions options = StackOptions.builder().dataDir(dataDir).registryStorage(RegistryStorage.IN_MEMORY).build();
        Set<Long> childrenBefore = descendantPids();
        StackEndpoints firstLife;
        Set<Long> stackChildren;
        try (LocalStack stack = LocalStack.start(options)) {
            firstLife = stack.endpoints();
            stackChildren = descendantPids();
            stackChildren.removeAll(childrenBefore);

            assertThat(stackChildren).as("the registry runs as a child process").isNotEmpty();
            assertThat(LocalStackIT.get(firstLife.registryUrl() + "/subjects").body()).isEqualTo("[]");
            try (Admin admin = Clients.admin(firstLife)) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
                assertThat(admin.listTopics().names().get()).isEmpty();
                Clients.createTopics(admin, List.of(TOPIC));
            }
            try (KafkaProducer<String, String> producer = Clients.producer(firstLife, Map.of())) {
                producer.send(new ProducerRecord<>(TOPIC, "k", "before the restart")).get();
            }
        }

        assertThat(stackChildren).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(descendantPids()).isSubsetOf(childrenBefore);
        assertThat(FreePorts.isListening(URI.create(firstLife.registryUrl()).getPort())).isFalse();
        assertThat(FreePorts.isListening(portOf(firstLife.bootstrapServers()))).isFalse();
        assertThat(dataDir.resolve("kafka").resolve("meta.properties")).exists();
        assertThat(dataDir.resolve("logs").resolve("apicurio.log")).isNotEmptyFile();

        try (LocalStack stack = LocalStack.start(options)) {
            try (Admin admin = Clients.admin(stack.endpoints())) {
                assertThat(admin.listTopics().names().get()).contains(TOPIC);
            }
            assertThat(Clients.readCommitted(stack.endpoints(), TOPIC, 1)).containsExactly("before the restart");
        }
    }

    @Test
    void aRegistryThatCannotStartFailsWithTheEndOfItsLogAndStopsKafka() throws Exception {
        Set<Long> childrenBefore = descendantPids();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackOptions options = StackOptions.builder().registryPort(taken.getLocalPort()).build();

            assertThatThrownBy(() -> LocalStack.start(options))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Apicurio Registry exited")
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
        assertThat(descendantPids()).isSubsetOf(childrenBefore);
    }

    private static Set<Long> descendantPids() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static int portOf(String bootstrapServers) {
        List<String> first = List.of(bootstrapServers.split(",")[0].split(":"));
        return Integer.parseInt(first.getLast());
    }
}
