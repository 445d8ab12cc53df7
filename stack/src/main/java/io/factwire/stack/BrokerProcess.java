package io.factwire.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * One combined Kafka broker + controller in a JVM of its own, on a fixed port and a data directory that outlives
 * it: what fault tests need to stop a broker with SIGTERM or SIGKILL and start it again on the same data and port,
 * as an operator restarts a real one. {@link #main} is the broker JVM.
 */
final class BrokerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private ChildProcess process;

    BrokerProcess(Path dataDir, int port, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Launches the broker JVM and returns once the broker answers a metadata request. */
    synchronized void start() throws InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the broker on port " + port + " is running already");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                BrokerProcess.class.getName(), dataDir.toString(), Integer.toString(port)));
        process = ChildProcess.launch("factwire-broker-" + port, command, logFile);
        awaitReady();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker JVM exited (code " + process.exitValue() + "): "
                            + process.logTail(30));
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // starting; asked again below
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker on port " + port + " did not answer within "
                            + READY_TIMEOUT + ": " + process.logTail(30));
                }
                Thread.sleep(200);
            }
        }
    }

    /** SIGTERM: the broker shuts down cleanly (SIGKILL after a minute). */
    synchronized void terminate() {
        if (process != null) process.stop(Duration.ofMinutes(1));
    }

    /** SIGKILL: the broker dies as in a crash, with whatever it had not flushed. */
    synchronized void kill() {
        if (process != null) process.kill();
    }

    /** The broker JVM: {@code BrokerProcess DATA_DIR PORT}; runs until SIGTERM. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BrokerProcess DATA_DIR PORT");
        }
        StandaloneKafka kafka = StandaloneKafka.start(Path.of(args[0]), Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "factwire-broker-shutdown"));
        System.out.println("broker ready at " + kafka.bootstrapServers());
        stopped.await();
    }
}
