package io.factwire.stack.junit;

import org.testcontainers.DockerClientFactory;

import java.util.Optional;

/**
 * Asks Testcontainers whether a Docker engine answers. A class of its own, called only when the Testcontainers stack
 * is chosen, so that a test class path without Testcontainers (it is optional here) never links against it.
 */
final class DockerProbe {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.DockerClientFactory";

    private DockerProbe() {
    }

    /** Why the Testcontainers stack cannot run here, or empty when it can. */
    static Optional<String> problem() {
        try {
            Class.forName(TESTCONTAINERS_CLASS, false, DockerProbe.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.of("Testcontainers is not on the test class path"
                    + " (add org.testcontainers:testcontainers-kafka at test scope)");
        }
        // Tries the usual places (DOCKER_HOST, the local socket, ~/.testcontainers.properties) once and remembers.
        return DockerClientFactory.instance().isDockerAvailable() ? Optional.empty()
                : Optional.of("Docker is not available");
    }
}
