package io.factwire.app;

import io.factwire.stack.StackEndpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where factwire keeps local state: {@code .factwire/} under the project root (the launcher passes
 * {@code -Dfactwire.root}), and the endpoints file a running {@code stack} or {@code demo} writes so that other
 * subcommands find the broker and the registry without being told.
 */
public final class FactwireHome {

    private FactwireHome() {
    }

    public static Path root() {
        return Path.of(System.getProperty("factwire.root", ".")).toAbsolutePath().normalize();
    }

    public static Path stateDir() {
        return root().resolve(".factwire");
    }

    public static Path endpointsFile() {
        return stateDir().resolve("endpoints.json");
    }

    /** The endpoints of a running {@code ./factwire stack} or {@code demo}, when one is running. */
    public static Optional<StackEndpoints> runningStack() {
        Path file = endpointsFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(StackEndpoints.fromJson(file));
        } catch (IOException e) {
            System.err.println("factwire: ignoring unreadable " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
