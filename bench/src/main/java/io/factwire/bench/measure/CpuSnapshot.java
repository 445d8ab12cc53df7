package io.factwire.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CPU time used so far by the processes of a benchmark and by the whole machine, so that a phase can say where
 * its cores went: the processor JVM, this JVM (the in-process broker and the bench's own producer and readers),
 * the schema registry, and everything else on the machine (other work that competes for the same cores).
 *
 * @param wallNanos      {@link System#nanoTime()} of the snapshot
 * @param processorNanos CPU time of the processor JVM
 * @param benchNanos     CPU time of this JVM
 * @param registryNanos  CPU time of this JVM's other child processes (the registry of a local stack)
 * @param machineNanos   busy CPU time of the whole machine (/proc/stat), or -1 where it is not available
 */
public record CpuSnapshot(long wallNanos, long processorNanos, long benchNanos, long registryNanos, long machineNanos) {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** USER_HZ: the unit of /proc/stat, 100 on every Linux platform the JVM runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** Now, with {@code processor} the processor JVM. */
    public static CpuSnapshot take(ProcessHandle processor) {
        return take(List.of(processor));
    }

    /** Now, with {@code processors} the JVMs of one processor application (several in the scale-out phase). */
    public static CpuSnapshot take(List<ProcessHandle> processors) {
        Set<Long> pids = new HashSet<>();
        processors.forEach(processor -> pids.add(processor.pid()));
        long registry = ProcessHandle.current().descendants()
                .filter(process -> !pids.contains(process.pid()))
                .mapToLong(CpuSnapshot::cpuNanos)
                .sum();
        return new CpuSnapshot(System.nanoTime(), processors.stream().mapToLong(CpuSnapshot::cpuNanos).sum(),
                cpuNanos(ProcessHandle.current()), registry, machineBusyNanos());
    }

    /** The CPU used between {@code earlier} and this snapshot. */
    public CpuUse since(CpuSnapshot earlier) {
        double wall = (wallNanos - earlier.wallNanos) / 1e9;
        double machine = machineNanos < 0 || earlier.machineNanos < 0 ? Double.NaN
                : (machineNanos - earlier.machineNanos) / 1e9;
        double processor = (processorNanos - earlier.processorNanos) / 1e9;
        double bench = (benchNanos - earlier.benchNanos) / 1e9;
        double registry = (registryNanos - earlier.registryNanos) / 1e9;
        return new CpuUse(wall, processor, bench, registry, machine - processor - bench - registry);
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** user + nice + system + irq + softirq + steal of the "cpu" line: every core's non-idle time. */
    static long machineBusyNanos() {
        try {
            String[] fields = Files.readAllLines(PROC_STAT).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(fields[field]);
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU seconds used in a span of {@code wallSeconds}. Divided by the wall time, each is a number of cores.
     *
     * @param otherSeconds the machine's busy time not used by the benchmark's processes (NaN when unknown)
     */
    public record CpuUse(double wallSeconds, double processorSeconds, double benchSeconds, double registrySeconds,
                         double otherSeconds) {
    }
}
