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
    /** Further instances of the same application (the scale-out phase), beside {@link #child}. */
    private final List<ChildProcessor> others;
    private final long launchedNanos;
    private final long runningNanos;
    private final PrintStream progress;

    private ProcessorUnderTest(String label, String applicationId, Admin admin, String bootstrapServers,
                               ChildProcessor child, List<ChildProcessor> others, long launchedNanos, long runningNanos,
                               PrintStream progress) {
        this.label = label;
        this.applicationId = applicationId;
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
        this.child = child;
        this.others = List.copyOf(others);
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
        return start(label, mode, settings, jvmOptions, log, admin, startOffsets, progress, 1);
    }

    /**
     * As {@link #start(String, ProcessorMode, Map, List, Path, Admin, Map, PrintStream)}, with {@code instances}
     * JVMs of the same application. The clock starts when the first is RUNNING: the rebalance that lets the others
     * in counts against the throughput.
     */
    static ProcessorUnderTest start(String label, ProcessorMode mode, Map<String, String> settings, List<String> jvmOptions,
                                    Path log, Admin admin, Map<TopicPartition, Long> startOffsets, PrintStream progress,
                                    int instances) throws IOException, InterruptedException {
        String applicationId = settings.get("application.id");
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        startOffsets.forEach((partition, offset) -> start.put(partition, new OffsetAndMetadata(offset)));
        try {
            admin.alterConsumerGroupOffsets(applicationId, start).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot set the start offsets of group " + applicationId + ": " + e, e);
        }
        long launched = System.nanoTime();
        List<ChildProcessor> children = new ArrayList<>();
        long running;
        try {
            for (int i = 0; i < instances; i++) {
                Path instanceLog = i == 0 ? log : log.resolveSibling(log.getFileName() + "." + (i + 1));
                Map<String, String> instanceSettings = new HashMap<>(settings);
                if (i > 0) instanceSettings.put("state.dir", settings.get("state.dir") + "-" + (i + 1));
                children.add(ChildProcessor.launch(mode, instanceSettings, jvmOptions, instanceLog));
            }
            children.getFirst().awaitRunning(STARTUP_TIMEOUT);
            running = System.nanoTime();
            for (ChildProcessor other : children.subList(1, children.size())) other.awaitRunning(STARTUP_TIMEOUT);
        } catch (RuntimeException | InterruptedException | IOException e) {
            for (ChildProcessor started : children) started.close();
            throw e;
        }
        ChildProcessor child = children.getFirst();
        progress.printf(Locale.ROOT, "bench: %s processor running (%d JVM%s, pid %d, started in %.1f s, log %s)%n", label,
                instances, instances == 1 ? "" : "s", child.pid(), (running - launched) / 1e9, log);
        return new ProcessorUnderTest(label, applicationId, admin, settings.get("bootstrap.servers"), child,
                children.subList(1, children.size()), launched, running, progress);
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
                for (ChildProcessor other : others) if (failure == null) failure = other.failure();
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

    /** Every JVM of the application: one, or more in the scale-out phase. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>(List.of(child.handle()));
        others.forEach(other -> all.add(other.handle()));
        return all;
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
        for (ChildProcessor other : others) other.stop(STOP_TIMEOUT);
        return child.stop(STOP_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        for (ChildProcessor other : others) other.close();
        child.close();
    }
}
