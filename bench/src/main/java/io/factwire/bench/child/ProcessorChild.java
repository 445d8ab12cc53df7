package io.factwire.bench.child;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.processor.ProcessorApp;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.order.OrderMetrics;
import io.factwire.schemas.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The processor JVM of a benchmark: runs one topology through {@link ProcessorApp} (the processor's own
 * configuration, topic set-up and start-up) on its own heap, so that heap, RSS and CPU figures are the processor's
 * alone and not the in-process broker's, and reports them when told to stop.
 *
 * <p>Arguments: the {@link ProcessorMode}, then {@code key=value} settings over {@link ProcessorConfig#defaults()}. It talks to the bench over stdout in lines starting with {@value #PROTOCOL}: {@code running} once the
 * topology is RUNNING, {@code report <json>} after it stopped, {@code failed <reason>}. It stops on the line
 * {@code stop} on stdin, or when stdin closes (the bench died).
 */
public final class ProcessorChild {

    public static final String PROTOCOL = "factwire-bench-child ";
    public static final String STOP = "stop";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessorChild() {
    }

    public static void main(String[] args) {
        try {
            if (args.length < 1) {
                throw new IllegalArgumentException("usage: ProcessorChild FACTWIRE|PASS_THROUGH [key=value...]");
            }
            ChildReport report = run(ProcessorMode.valueOf(args[0]), settings(List.of(args).subList(1, args.length)));
            say("report " + JSON.writeValueAsString(report));
            System.exit(0);
        } catch (Exception | Error e) {
            say("failed " + e.toString().replace('\n', ' '));
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static ChildReport run(ProcessorMode mode, Map<String, String> settings) throws Exception {
        HeapWatch heap = HeapWatch.install();
        ProcessorConfig config = ProcessorConfig.defaults().with(settings);
        CountDownLatch stop = stopSignal();
        HeapHistogram live;
        OrderMetrics.Totals rankOrder;
        try (Topics topics = new Topics(config.asMap());
             ProcessorApp app = ProcessorApp.start(config, mode.topology(config, topics), STARTUP_TIMEOUT)) {
            say("running");
            while (!stop.await(200, TimeUnit.MILLISECONDS)) {
                KafkaStreams.State state = app.state();
                if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                        || state == KafkaStreams.State.NOT_RUNNING) {
                    throw new IllegalStateException("the topology stopped (Kafka Streams state " + state + "), see the log");
                }
            }
            live = HeapHistogram.take();
            rankOrder = OrderMetrics.Totals.of(app.streams().metrics());
        }
        return new ChildReport(heap.peakUsedBytes(), heap.maxAfterGcBytes(), HeapWatch.limitBytes(), heap.collections(),
                heap.gcMillis(), ProcStatus.peakRssBytes(), live.liveBytes(), live.largest(), sizeOf(config.stateDir()),
                cpuSeconds(), rankOrder);
    }

    /** Counts down on {@value #STOP} or at the end of stdin. */
    private static CountDownLatch stopSignal() {
        CountDownLatch stop = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null && !line.strip().equals(STOP)) {
                    // other lines are ignored
                }
            } catch (IOException e) {
                // a broken stdin means the bench is gone: stop as well
            }
            stop.countDown();
        }, "factwire-bench-stdin");
        reader.setDaemon(true);
        reader.start();
        return stop;
    }

    static Map<String, String> settings(List<String> pairs) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("setting '" + pair + "' is not key=value");
            }
            settings.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return settings;
    }

    private static long sizeOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the state directory " + dir, e);
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void say(String message) {
        System.out.println(PROTOCOL + message);
        System.out.flush();
    }
}
