package io.factwire.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run was measured on, so that runs can be compared.
 *
 * @param cores         processors available to the JVM
 * @param cpu           the CPU model (/proc/cpuinfo), or "unknown"
 * @param memoryBytes   physical memory (/proc/meminfo), or -1
 * @param os            name, version and architecture
 * @param jvm           vendor, VM and version of the JVM running the bench (the processor JVM is the same)
 * @param loadAverage   1, 5 and 15 minute load averages (/proc/loadavg), empty where not available
 */
public record Machine(int cores, String cpu, long memoryBytes, String os, String jvm, List<Double> loadAverage) {

    public static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), physicalMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                currentLoadAverage());
    }

    /** The load averages now: other work on the machine competes with the benchmark for its cores. */
    public static List<Double> currentLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return List.of(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String cpuModel() {
        return procField(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
    }

    private static long physicalMemory() {
        return procField(Path.of("/proc/meminfo"), "MemTotal")
                .map(value -> Long.parseLong(value.split("\\s+")[0]) * 1024).orElse(-1L);
    }

    private static java.util.Optional<String> procField(Path file, String name) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
