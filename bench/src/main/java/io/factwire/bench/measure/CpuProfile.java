package io.factwire.bench.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the processor's CPU went, from a JFR recording: each sample is charged to the first frame, counting from
 * the top of the stack, that is not the JDK's own code, so that a regex running for the extractor counts as
 * extraction and a byte copy inside the Kafka client as Kafka. Samples are jdk.CPUTimeSample (JDK 25+ on Linux:
 * a sample per slice of CPU time, native code included) when the recording has them, else jdk.ExecutionSample
 * (threads running Java code only).
 *
 * @param event      the sample event summarised
 * @param samples    samples in the window
 * @param categories shares by component (extraction, dedup, Avro, RocksDB, Kafka, ...), largest first
 * @param packages   shares by the package of that first non-JDK frame, largest first (top {@value #TOP})
 * @param methods    shares by the method on top of the stack (self time), largest first (top {@value #TOP})
 * @param factwire   shares by the factwire method nearest the top of the stack, largest first (top {@value #TOP});
 *                   samples with no factwire frame (the Kafka client's own threads, for one) count in no row
 */
public record CpuProfile(String event, long samples, List<Share> categories, List<Share> packages,
                         List<Share> methods, List<Share> factwire) {

    static final int TOP = 15;
    static final String CPU_TIME_SAMPLE = "jdk.CPUTimeSample";
    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    private static final List<String> JDK_PREFIXES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
    /** Package prefix to component, first match wins. */
    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("io.factwire.extractor", "extraction"),
            Map.entry("opennlp.", "extraction"),
            Map.entry("io.factwire.processor.dedup", "dedup (shingles, MinHash, index)"),
            Map.entry("com.dynatrace.hash4j", "dedup (shingles, MinHash, index)"),
            Map.entry("io.factwire.processor.events", "events"),
            Map.entry("io.factwire.processor.claims", "claims + facts"),
            Map.entry("io.factwire.processor.facts", "claims + facts"),
            Map.entry("io.factwire.schemas", "Avro serde"),
            Map.entry("org.apache.avro", "Avro serde"),
            Map.entry("io.factwire", "factwire, other"),
            Map.entry("org.rocksdb", "RocksDB"),
            Map.entry("org.apache.kafka.streams.state", "Kafka Streams state stores (cache, changelog)"),
            Map.entry("org.apache.kafka.streams", "Kafka Streams runtime"),
            Map.entry("org.apache.kafka", "Kafka client (network, records, transactions)"),
            Map.entry("net.jpountz", "Kafka client (network, records, transactions)"),
            Map.entry("com.github.luben", "Kafka client (network, records, transactions)"),
            Map.entry("ch.qos.logback", "logging"),
            Map.entry("org.slf4j", "logging"));
    private static final String FACTWIRE = "io.factwire.";
    static final String JDK_ONLY = "JDK only (no library frame on the stack)";

    /** A name and its share of the samples. */
    public record Share(String name, long samples, double percent) {
    }

    /** The samples of {@code recording} taken in {@code [from, to]}. */
    public static CpuProfile read(Path recording, Instant from, Instant to) throws IOException {
        Map<String, Tallies> byEvent = Map.of(CPU_TIME_SAMPLE, new Tallies(), EXECUTION_SAMPLE, new Tallies());
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent sample = file.readEvent();
                Tallies tallies = byEvent.get(sample.getEventType().getName());
                if (tallies != null && !sample.getStartTime().isBefore(from) && !sample.getStartTime().isAfter(to)
                        && sample.getStackTrace() != null && !sample.getStackTrace().getFrames().isEmpty()) {
                    tallies.add(sample.getStackTrace());
                }
            }
        }
        String event = byEvent.get(CPU_TIME_SAMPLE).components.total > 0 ? CPU_TIME_SAMPLE : EXECUTION_SAMPLE;
        Tallies chosen = byEvent.get(event);
        long samples = chosen.components.total;
        return new CpuProfile(event, samples, chosen.components.shares(Integer.MAX_VALUE, samples),
                chosen.packages.shares(TOP, samples), chosen.methods.shares(TOP, samples),
                chosen.factwire.shares(TOP, samples));
    }

    /** The class of the top-most frame that is not the JDK's, or null when every frame is. */
    static String firstLibraryClass(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (JDK_PREFIXES.stream().noneMatch(type::startsWith)) {
                return type;
            }
        }
        return null;
    }

    static String componentOf(String className) {
        return COMPONENTS.stream().filter(entry -> className.startsWith(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other: " + packageOf(className));
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "(default package)" : className.substring(0, dot);
    }

    private static final class Tallies {
        private final Tally components = new Tally();
        private final Tally packages = new Tally();
        private final Tally methods = new Tally();
        private final Tally factwire = new Tally();

        void add(RecordedStackTrace stack) {
            String charged = firstLibraryClass(stack);
            components.add(charged == null ? JDK_ONLY : componentOf(charged));
            packages.add(charged == null ? JDK_ONLY : packageOf(charged));
            RecordedFrame top = stack.getFrames().getFirst();
            methods.add(top.getMethod().getType().getName() + "." + top.getMethod().getName());
            stack.getFrames().stream()
                    .filter(frame -> frame.getMethod().getType().getName().startsWith(FACTWIRE))
                    .findFirst()
                    .ifPresent(frame -> factwire.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName()));
        }
    }

    private static final class Tally {
        private final Map<String, Long> counts = new HashMap<>();
        private long total;

        void add(String name) {
            counts.merge(name, 1L, Long::sum);
            total++;
        }

        /** The largest {@code limit} shares, in percent of {@code of} samples. */
        List<Share> shares(int limit, long of) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(limit)
                    .map(entry -> new Share(entry.getKey(), entry.getValue(), 100.0 * entry.getValue() / of))
                    .toList();
        }
    }
}
