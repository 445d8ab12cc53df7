package io.factwire.app.chaos;

import io.factwire.bench.child.ChildProcessor;
import io.factwire.bench.child.ProcessorMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processor under test, in a JVM of its own (the bench's {@link ChildProcessor}, which runs the processor's
 * own start-up): killed with SIGKILL on demand and started again on the same state directory, and started again
 * too, as an orchestrator would, when it exits on its own (counted: that is a failure of the suite).
 */
final class ProcessorKeeper implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> JVM = List.of("-Xmx768m", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
            "--enable-native-access=ALL-UNNAMED");

    private final Map<String, String> settings;
    private final Path logDir;
    private final PrintStream out;
    private final List<String> unplannedExits = new ArrayList<>();
    private ChildProcessor child;
    private int launches;
    private boolean closed;

    ProcessorKeeper(Map<String, String> settings, Path logDir, PrintStream out) {
        this.settings = settings;
        this.logDir = logDir;
        this.out = out;
    }

    /** Starts the processor and returns once it is RUNNING. */
    synchronized void start() throws IOException, InterruptedException {
        if (closed) throw new IllegalStateException("the run is over");
        launches++;
        child = ChildProcessor.launch(ProcessorMode.FACTWIRE, settings, JVM, logDir.resolve("processor-" + launches + ".log"));
        child.awaitRunning(START_TIMEOUT);
    }

    /**
     * kill -9 of the processor JVM, then a new one on the same state directory at once, as a supervisor would.
     *
     * @return nanoseconds from the kill until the new processor was RUNNING
     */
    synchronized long killAndRestart() throws Exception {
        ProcessHandle handle = child.handle();
        long killed = System.nanoTime();
        handle.destroyForcibly();
        handle.onExit().get(30, TimeUnit.SECONDS);
        child.close();
        start();
        return System.nanoTime() - killed;
    }

    /** Restarts the processor if it exited on its own since the last look. */
    synchronized void restartIfExited() throws IOException, InterruptedException {
        if (closed) return;
        String failure = child == null ? null : child.failure();
        if (failure != null && !child.handle().isAlive()) {
            unplannedExits.add("processor-" + launches + ".log: " + failure);
            out.printf("chaos: the processor exited on its own (%s); starting it again%n", failure);
            start();
        }
    }

    synchronized List<String> unplannedExits() {
        return List.copyOf(unplannedExits);
    }

    /** Stops the processor cleanly. */
    synchronized void stop() throws Exception {
        if (child != null && child.handle().isAlive()) child.stop(Duration.ofMinutes(2));
    }

    @Override
    public synchronized void close() throws InterruptedException {
        closed = true;
        if (child != null) child.close();
    }
}
