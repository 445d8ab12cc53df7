package io.factwire.bench.child;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bench's handle on a processor JVM ({@link ProcessorChild}): launches it on this JVM's class path, waits for
 * it to run, stops it and reads its report. The child's log goes to a file; only protocol lines come back here.
 */
public final class ChildProcessor implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String END_OF_OUTPUT = "\u0000eof";

    private final Process process;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final Path log;

    private ChildProcessor(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a processor JVM.
     *
     * @param jvmOptions options for the child JVM (heap, GC, recording), before the class path
     * @param log        where the child's output other than the protocol goes (appended)
     */
    public static ChildProcessor launch(ProcessorMode mode, Map<String, String> settings, List<String> jvmOptions,
                                        Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ProcessorChild.class.getName());
        command.add(mode.name());
        settings.forEach((key, value) -> command.add(key + "=" + value));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ChildProcessor child = new ChildProcessor(process, log);
        Thread reader = new Thread(child::readOutput, "factwire-bench-child-output");
        reader.setDaemon(true);
        reader.start();
        return child;
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             OutputStream other = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             PrintWriter otherLines = new PrintWriter(other, true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(ProcessorChild.PROTOCOL)) {
                    messages.add(line.substring(ProcessorChild.PROTOCOL.length()));
                } else {
                    otherLines.println(line);
                }
            }
        } catch (IOException e) {
            messages.add("failed cannot read the processor's output: " + e);
        }
        messages.add(END_OF_OUTPUT);
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Returns once the topology is RUNNING. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        expect("running", timeout);
    }

    /** Stops the topology, waits for the JVM to exit and returns what it measured. */
    public ChildReport stop(Duration timeout) throws InterruptedException, IOException {
        try (PrintWriter in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8)) {
            in.println(ProcessorChild.STOP);
        }
        String report = expect("report", timeout);
        process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return JSON.readValue(report.substring("report".length()).strip(), ChildReport.class);
    }

    private String expect(String what, Duration timeout) throws InterruptedException {
        String message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new IllegalStateException("the processor JVM did not say '" + what + "' within " + timeout
                    + " (log: " + log + ")");
        }
        if (!message.startsWith(what)) {
            String why = message.equals(END_OF_OUTPUT) ? "it exited (code " + exitCode() + ")" : message;
            throw new IllegalStateException("the processor JVM failed: " + why + " (log: " + log + ")");
        }
        return message;
    }

    /** Whether the JVM said it failed or exited since it started running. */
    public String failure() {
        String message = messages.peek();
        if (message == null) {
            return process.isAlive() ? null : "it exited (code " + exitCode() + ")";
        }
        return message.equals(END_OF_OUTPUT) ? "it exited (code " + exitCode() + ")" : message;
    }

    private String exitCode() {
        return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
    }

    public Path log() {
        return log;
    }

    /** Kills the JVM if it is still there (after a failure). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
