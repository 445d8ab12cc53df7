package io.factwire.stack.junit;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which stack {@link RealStack} tests run on in this test run, chosen by {@code -Dfactwire.stack=local|testcontainers}
 * (default local), and why that stack cannot run here, if it cannot: then the tests are skipped, never failed.
 */
final class StackSelection {

    static final String PROPERTY = "factwire.stack";

    enum Backend { LOCAL, TESTCONTAINERS }

    private final Backend backend;
    private final String skipReason;

    private StackSelection(Backend backend, String skipReason) {
        this.backend = backend;
        this.skipReason = skipReason;
    }

    /** From the system property; asks Docker only when the Testcontainers stack is chosen. */
    static StackSelection fromSystemProperty() {
        return of(System.getProperty(PROPERTY), DockerProbe::problem);
    }

    /**
     * @param propertyValue the value of {@value #PROPERTY}, {@code null} or blank for the default
     * @param dockerProblem why Testcontainers cannot run here (no Docker, not on the class path), empty when it can
     */
    static StackSelection of(String propertyValue, Supplier<Optional<String>> dockerProblem) {
        Backend backend = parse(propertyValue);
        if (backend == Backend.LOCAL) {
            return new StackSelection(backend, null);
        }
        return new StackSelection(backend, dockerProblem.get()
                .map(problem -> problem + ": the Testcontainers stack is skipped; run with -D" + PROPERTY + "=local")
                .orElse(null));
    }

    static Backend parse(String propertyValue) {
        if (propertyValue == null || propertyValue.isBlank()) {
            return Backend.LOCAL;
        }
        return switch (propertyValue.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> Backend.LOCAL;
            case "testcontainers" -> Backend.TESTCONTAINERS;
            default -> throw new IllegalArgumentException(
                    "-D" + PROPERTY + "=" + propertyValue + ": expected local or testcontainers");
        };
    }

    Backend backend() {
        return backend;
    }

    /** Why no test can get a stack in this run, or empty when the chosen stack can run here. */
    Optional<String> skipReason() {
        return Optional.ofNullable(skipReason);
    }
}
