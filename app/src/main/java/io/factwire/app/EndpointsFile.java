package io.factwire.app;

import io.factwire.stack.StackEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The endpoints file of a running demo: written on start, removed on close, so it never outlives the demo. */
final class EndpointsFile implements AutoCloseable {

    private final Path file;

    private EndpointsFile(Path file) {
        this.file = file;
    }

    static EndpointsFile write(Path file, StackEndpoints endpoints) {
        try {
            Files.createDirectories(file.getParent());
            endpoints.writeJson(file);
            return new EndpointsFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("factwire: cannot remove " + file + ": " + e.getMessage());
        }
    }
}
