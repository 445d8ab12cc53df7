package io.factwire.stack.junit;

import io.factwire.stack.junit.StackSelection.Backend;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class StackSelectionTest {

    private static final Supplier<Optional<String>> DOCKER_ANSWERS = Optional::empty;
    private static final Supplier<Optional<String>> NO_DOCKER = () -> Optional.of("Docker is not available");
    private static final Supplier<Optional<String>> MUST_NOT_ASK = () -> fail("the local stack must not probe Docker");

    @Test
    void theLocalStackIsTheDefaultAndNeverAsksForDocker() {
        for (String value : new String[] {null, "", " ", "local", " LOCAL "}) {
            StackSelection selection = StackSelection.of(value, MUST_NOT_ASK);

            assertThat(selection.backend()).as("-Dfactwire.stack=%s", value).isEqualTo(Backend.LOCAL);
            assertThat(selection.skipReason()).isEmpty();
        }
    }

    @Test
    void testcontainersRunsWhereDockerAnswers() {
        StackSelection selection = StackSelection.of("testcontainers", DOCKER_ANSWERS);

        assertThat(selection.backend()).isEqualTo(Backend.TESTCONTAINERS);
        assertThat(selection.skipReason()).isEmpty();
    }

    @Test
    void testcontainersWithoutDockerIsASkipThatSaysHowToRunLocally() {
        StackSelection selection = StackSelection.of("Testcontainers", NO_DOCKER);

        assertThat(selection.backend()).isEqualTo(Backend.TESTCONTAINERS);
        assertThat(selection.skipReason()).contains(
                "Docker is not available: the Testcontainers stack is skipped; run with -Dfactwire.stack=local");
    }

    @Test
    void anUnknownBackendIsAnErrorNamingThePropertyAndTheValue() {
        assertThatThrownBy(() -> StackSelection.of("docker", DOCKER_ANSWERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dfactwire.stack=docker: expected local or testcontainers");
    }
}
