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
 * One combined Kafka broker + controller in a JVM of its own, on fixed ports and a data directory that outlive
 * it: what fault tests need to stop a broker with SIGTERM or SIGKILL and start it again on the same data and ports,
 * as an operator restarts a real one. {@link #main} is the broker JVM.
 */
final class BrokerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final Path dataDir;
    private final KraftNode node;
    private final Path logFile;
    private volatile ChildProcess process;

    BrokerProcess(Path dataDir, KraftNode node, Path logFile) {
        this.dataDir = dataDir;
        this.node = node;
        this.logFile = logFile;
    }

    String bootstrapServers() {
        return node.bootstrapServers();
    }

    /** Launches the broker JVM and returns once the cluster has it as a live broker. */
    void start() throws InterruptedException {
        launch();
        awaitReady();
    }

    /**
     * Launches the broker JVM without waiting: the nodes of a quorum start together, as none of them is ready before
     * a majority of its controllers runs.
     */
    synchronized void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("broker " + node.nodeId() + " is running already");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                BrokerProcess.class.getName(), dataDir.toString()));
        command.addAll(node.toArgs());
        process = ChildProcess.launch("factwire-broker-" + node.brokerPort(), command, logFile);
    }

    /**
     * Returns once the broker lists itself among the live brokers: it serves metadata before the controller has
     * unfenced it, and only an unfenced broker leads or follows partitions.
     */
    void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker JVM exited (code " + process.exitValue() + "): "
                            + process.logTail(30));
                }
                try {
                    if (admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get(3, TimeUnit.SECONDS).stream().anyMatch(live -> live.id() == node.nodeId())) {
                        return;
                    }
                } catch (Exception notYet) {
                    // starting; asked again below
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("broker " + node.nodeId() + " at " + bootstrapServers() + " was not live within "
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

    /** The broker JVM: {@code BrokerProcess DATA_DIR NODE_ID BROKER_PORT CONTROLLER_PORT VOTERS CLUSTER_ID}; runs until SIGTERM. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BrokerProcess DATA_DIR NODE_ID BROKER_PORT CONTROLLER_PORT VOTERS CLUSTER_ID");
        }
        KraftNode node = KraftNode.fromArgs(List.of(args).subList(1, args.length));
        StandaloneKafka kafka = StandaloneKafka.start(Path.of(args[0]), node);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "factwire-broker-shutdown"));
        System.out.println("broker ready at " + kafka.bootstrapServers());
        stopped.await();
    }
}
