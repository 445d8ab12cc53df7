package io.factwire.ingest.input;

import java.util.Objects;

/**
 * Where an article (or a problem) was found: the input path as the user named it, and the 1-based line.
 * Line 0 stands for the input as a whole (a missing or unreadable file); it prints without a line number.
 * Stdin is the path {@code -}.
 */
public record SourcePosition(String path, int line) {

    public SourcePosition {
        Objects.requireNonNull(path, "path");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    public static SourcePosition wholeInput(String path) {
        return new SourcePosition(path, 0);
    }

    /** {@code path:line}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return line == 0 ? path : path + ":" + line;
    }
}
