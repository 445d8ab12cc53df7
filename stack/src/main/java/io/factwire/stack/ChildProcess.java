package io.factwire.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process that never outlives this JVM: its output goes to a log file, {@link #close()} ends it and its
 * descendants, and where {@code /bin/sh} exists a small watchdog shell ends it even if this JVM is killed with
 * SIGKILL, when no shutdown hook runs.
 */
final class ChildProcess implements AutoCloseable {

    private static final Path SHELL = Path.of("/bin/sh");
    private static final long GRACEFUL_STOP_SECONDS = 10;

    /*
     * The watchdog: "$@" is the real command. This JVM holds the shell's stdin open and never writes to it, so the
     * read loop ends only when this JVM is gone (the kernel closes the pipe however it died). The command itself
     * must not hold that pipe, and its exit ends the shell, so a crash is seen at once.
     */
    private static final String WATCHDOG = """
            exec 3<&0
            "$@" </dev/null 3<&- &
            child=$!
            { while read -r _ <&3; do :; done; kill "$child" 2>/dev/null; } &
            watcher=$!
            wait "$child"
            status=$?
            kill "$watcher" 2>/dev/null
            exit $status
            """;

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess launch(String name, List<String> command, Path logFile) {
        List<String> launched = new ArrayList<>();
        if (Files.isExecutable(SHELL)) {
            launched.addAll(List.of(SHELL.toString(), "-c", WATCHDOG, name));
        }
        launched.addAll(command);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(launched)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Path logFile() {
        return logFile;
    }

    /** The last {@code lines} lines of the log, for error messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    /** SIGTERM to the whole tree (the app stops gracefully), then SIGKILL to whatever is left after 10 s. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACEFUL_STOP_SECONDS);
        for (ProcessHandle handle : tree) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception timedOutOrFailed) {
                // Killed below.
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
