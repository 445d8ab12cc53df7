package io.factwire.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process that never outlives this JVM: its output goes to a log file, {@link #stop} ends it and its
 * descendants, and where {@code /bin/sh} exists a small watchdog shell ends it even if this JVM is killed with
 * SIGKILL, when no shutdown hook runs.
 */
final class ChildProcess {

    private static final Path SHELL = Path.of("/bin/sh");

    /*
     * The watchdog: "$@" is the real command. This JVM holds the shell's stdin open and never writes to it, so the
     * read loop ends only when this JVM is gone (the kernel closes the pipe however it died). Then the command is
     * killed outright: a graceful stop can hang on services that died with this JVM (the registry's Kafka client
     * retries a broker that is gone). The command itself must not hold the pipe, and its exit ends the shell, so
     * a crash is seen at once.
     */
    private static final String WATCHDOG = """
            exec 3<&0
            "$@" </dev/null 3<&- &
            child=$!
            { while read -r _ <&3; do :; done; kill -KILL "$child" 2>/dev/null; } &
            watcher=$!
            wait "$child"
            status=$?
            kill "$watcher" 2>/dev/null
            exit $status
            """;

    private final Process process;
    private final Path logFile;

    private ChildProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess launch(String name, List<String> command, Path logFile) {
        List<String> launched = new ArrayList<>();
        if (Files.isExecutable(SHELL)) {
            // The name becomes the shell's $0, which ps shows.
            launched.addAll(List.of(SHELL.toString(), "-c", WATCHDOG, name));
        }
        launched.addAll(command);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(launched)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            return new ChildProcess(process, logFile);
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

    /** SIGKILL to the whole tree, as a crash or {@code kill -9} would end it; returns once it is gone. */
    void kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("process " + handle.pid() + " did not die within 30 s of SIGKILL", e);
            }
        }
    }

    /**
     * SIGTERM to the whole tree (the app stops gracefully), then SIGKILL to whatever is left after {@code grace}.
     *
     * @return whether everything stopped within {@code grace}
     */
    boolean stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException timedOut) {
                // Killed below.
            }
        }
        List<ProcessHandle> left = tree.stream().filter(ProcessHandle::isAlive).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        return left.isEmpty();
    }
}
