package io.factwire.stack.junit;

import io.factwire.stack.LocalStack;
import io.factwire.stack.RunningStack;
import io.factwire.stack.StackEndpoints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs small test classes through the JUnit launcher, as Maven would, with the extension given a selection instead
 * of probing this machine, and checks what JUnit reports: skipped with the reason, never failed, no stack started.
 */
class RealStackExtensionTest {

    private static final String SKIPPED = "SKIPPED";
    private static final String NO_DOCKER_REASON =
            "Docker is not available: the Testcontainers stack is skipped; run with -Dfactwire.stack=local";

    @Test
    void withoutDockerATestcontainersRunSkipsTheWholeClassBeforeItsBeforeAllNeedsAStack() {
        List<Outcome> outcomes = run(NeedsAStackWithoutDocker.class);

        // Skipped as a class: neither its @BeforeAll method nor a test is called, and nothing fails.
        assertThat(outcomes).containsExactly(new Outcome("RealStackExtensionTest$NeedsAStackWithoutDocker",
                SKIPPED, NO_DOCKER_REASON));
    }

    @Test
    void onTestcontainersTestsThatNeedTheLocalStackAreSkippedWithTheReason() {
        List<Outcome> outcomes = run(NeedsTheLocalStack.class);

        assertThat(outcomes).extracting(Outcome::name, Outcome::status).containsExactlyInAnyOrder(
                tuple("takesALocalStack(LocalStack)", SKIPPED),
                tuple("threeBrokers(StackEndpoints)", SKIPPED));
        assertThat(reasonOf(outcomes, "takesALocalStack(LocalStack)"))
                .startsWith("a LocalStack parameter needs the local stack and this run uses the Testcontainers one");
        assertThat(reasonOf(outcomes, "threeBrokers(StackEndpoints)"))
                .startsWith("@RealStack(brokers = 3) needs the local stack: skipped on the one-broker Testcontainers");
    }

    private static String reasonOf(List<Outcome> outcomes, String name) {
        return outcomes.stream().filter(outcome -> outcome.name().equals(name)).findFirst().orElseThrow().reason();
    }

    /** What the launcher reported for each test or class that was skipped or did not succeed, by display name. */
    private static List<Outcome> run(Class<?> testClass) {
        List<Outcome> outcomes = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                outcomes.add(new Outcome(test.getDisplayName(), SKIPPED, reason));
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    outcomes.add(new Outcome(test.getDisplayName(), result.getStatus().name(),
                            result.getThrowable().map(Throwable::getMessage).orElse(null)));
                }
            }
        };
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
        return outcomes;
    }

    /** @param status SKIPPED, or the status of a test that ran and did not succeed (FAILED, ABORTED) */
    private record Outcome(String name, String status, String reason) {
    }

    private static StackSelection testcontainers(Optional<String> dockerProblem) {
        return StackSelection.of("testcontainers", () -> dockerProblem);
    }

    // Nested classes are not run by Maven itself (surefire leaves out Outer$Inner), only by the tests above.

    static class NeedsAStackWithoutDocker {

        @RegisterExtension
        static final RealStackExtension STACK =
                new RealStackExtension(() -> testcontainers(Optional.of("Docker is not available")));

        @BeforeAll
        static void setUp(StackEndpoints endpoints) {
            fail("must not run: " + endpoints);
        }

        @Test
        void takesEndpoints(StackEndpoints endpoints) {
            fail("must not run: " + endpoints);
        }

        @Test
        void takesARunningStack(RunningStack stack) {
            fail("must not run: " + stack);
        }
    }

    /** Docker "answers" here: any test this extension did not skip would start containers and fail on this machine. */
    static class NeedsTheLocalStack {

        @RegisterExtension
        static final RealStackExtension STACK = new RealStackExtension(() -> testcontainers(Optional.empty()));

        @Test
        void takesALocalStack(LocalStack stack) {
            fail("must not run: " + stack);
        }

        @Test
        @RealStack(brokers = 3)
        void threeBrokers(StackEndpoints endpoints) {
            fail("must not run: " + endpoints);
        }
    }
}
