package io.factwire.bench;

import io.factwire.bench.child.ChildProcessor;
import io.factwire.bench.child.ChildReport;
import io.factwire.bench.child.ProcessorMode;
import io.factwire.bench.measure.GroupProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One processor JVM under measurement: its consumer group is set to start at the workload, then it runs until
 * it has consumed and committed every input up to a target (see {@link GroupProgress}).
 */
final class ProcessorUnderTest implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final long POLL_MILLIS = 200;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final String label;
    private final String applicationId;
    private final Admin admin;
    private final String bootstrapServers;
    private final ChildProcessor child;
    private final long launchedNanos;
    private final long runningNanos;
    private final PrintStream progress;

    private ProcessorUnderTest(String label, String applicationId, Admin admin, String bootstrapServers,
                               ChildProcessor child, long launchedNanos, long runningNanos, PrintStream progress) {
        this.label = label;
        this.applicationId = applicationId;
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
        this.child = child;
        this.launchedNanos = launchedNanos;
        this.runningNanos = runningNanos;
        this.progress = progress;
    }

    /**
     * Commits {@code startOffsets} for the application's group (a new group would otherwise start wherever
     * auto.offset.reset says, not at the workload), launches the processor JVM and waits until it is RUNNING.
     */
    static ProcessorUnderTest start(String label, ProcessorMode mode, Map<String, String> settings, List<String> jvmOptions,
                                    Path log, Admin admin, Map<TopicPartition, Long> startOffsets, PrintStream progress)
            throws IOException, InterruptedException {
        String applicationId = settings.get("application.id");
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        startOffsets.forEach((partition, offset) -> start.put(partition, new OffsetAndMetadata(offset)));
        try {
            admin.alterConsumerGroupOffsets(applicationId, start).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot set the start offsets of group " + applicationId + ": " + e, e);
        }
        long launched = System.nanoTime();
        ChildProcessor child = ChildProcessor.launch(mode, settings, jvmOptions, log);
        try {
            child.awaitRunning(STARTUP_TIMEOUT);
        } catch (RuntimeException | InterruptedException e) {
            child.close();
            throw e;
        }
        progress.printf(Locale.ROOT, "bench: %s processor running (pid %d, started in %.1f s, log %s)%n", label,
                child.pid(), (System.nanoTime() - launched) / 1e9, log);
        return new ProcessorUnderTest(label, applicationId, admin, settings.get("bootstrap.servers"), child, launched, System.nanoTime(),
                progress);
    }

    /**
     * Waits until every input is consumed and committed up to {@code sourceTargets}, looking at the group every
     * {@value #POLL_MILLIS} ms, and returns the looks: the last one is the first that found it done, or the last
     * one before {@code timeout} ran out (not done).
     *
     * @param articles how many articles lie between the start and the targets (for the progress line)
     */
    List<GroupProgress.Snapshot> awaitDone(Map<TopicPartition, Long> sourceTargets, long articles, long sourceStart,
                                           Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY_NANOS;
        List<GroupProgress.Snapshot> looks = new ArrayList<>();
        String source = sourceTargets.keySet().iterator().next().topic();
        try (GroupProgress group = new GroupProgress(admin, bootstrapServers, applicationId, sourceTargets)) {
            while (true) {
                GroupProgress.Snapshot look = group.snapshot();
                looks.add(look);
                if (look.done()) {
                    return looks;
                }
                long consumed = look.committedByTopic().getOrDefault(source, sourceStart) - sourceStart;
                String failure = child.failure();
                if (failure != null) {
                    throw new IllegalStateException("the " + label + " processor failed: " + failure + " (log " + child.log() + ")");
                }
                if (look.nanos() > deadline) {
                    progress.printf(Locale.ROOT, "bench: %s: gave up waiting after %s (%,d of %,d articles read)%n",
                            label, timeout, consumed, articles);
                    return looks;
                }
                if (look.nanos() > nextProgress) {
                    progress.printf(Locale.ROOT, "bench: %s: %,d / %,d articles read, %,d records waiting in repartition"
                            + " topics (%.0f s)%n", label, consumed, articles, look.backlog(),
                            (look.nanos() - runningNanos) / 1e9);
                    nextProgress = look.nanos() + PROGRESS_EVERY_NANOS;
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    String applicationId() {
        return applicationId;
    }

    ProcessHandle process() {
        return child.handle();
    }

    /** From launch to RUNNING. */
    double startupSeconds() {
        return (runningNanos - launchedNanos) / 1e9;
    }

    /** {@link System#nanoTime()} when the topology was RUNNING. */
    long runningNanos() {
        return runningNanos;
    }

    /** Stops the processor and returns what its JVM measured. */
    ChildReport stop() throws InterruptedException, IOException {
        return child.stop(STOP_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        child.close();
    }
}
