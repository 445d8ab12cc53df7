package io.factwire.stack;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A stack of its own (not the shared one), to watch it start empty and leave nothing behind. */
class StackLifecycleIT {

    @Test
    void startsEmptyAndLeavesNoProcessOrPortBehind() throws Exception {
        Set<Long> childrenBefore = descendantPids();
        StackEndpoints endpoints;
        Set<Long> stackChildren;
        try (LocalStack stack = LocalStack.start(StackOptions.defaults())) {
            endpoints = stack.endpoints();
            stackChildren = descendantPids();
            stackChildren.removeAll(childrenBefore);

            assertThat(stackChildren).as("the registry runs as a child process").isNotEmpty();
            assertThat(LocalStackIT.get(endpoints.registryUrl() + "/subjects").body()).isEqualTo("[]");
            try (Admin admin = Clients.admin(endpoints)) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
                assertThat(admin.listTopics().names().get()).isEmpty();
            }
        }

        assertThat(stackChildren).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(descendantPids()).isSubsetOf(childrenBefore);
        assertThat(FreePorts.isListening(URI.create(endpoints.registryUrl()).getPort())).isFalse();
        assertThat(FreePorts.isListening(portOf(endpoints.bootstrapServers()))).isFalse();
    }

    private static Set<Long> descendantPids() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static int portOf(String bootstrapServers) {
        List<String> first = List.of(bootstrapServers.split(",")[0].split(":"));
        return Integer.parseInt(first.getLast());
    }
}
