package io.factwire.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Apicurio Registry as a child JVM. It is a Quarkus app with its own class path and class loading, so it cannot
 * share ours; it runs on the same JDK as this JVM.
 */
final class ApicurioRegistry implements AutoCloseable {

    static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    private static final int LOG_TAIL_LINES = 40;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(10);
    // Writing the class data archive at exit takes seconds more, up to 12 s on a busy 2-core machine.
    private static final Duration GRACEFUL_STOP_WHILE_ARCHIVING = Duration.ofSeconds(45);

    private final ChildProcess process;
    private final ClassDataArchive classDataArchive;
    private final int httpPort;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ApicurioRegistry(ChildProcess process, ClassDataArchive classDataArchive, int httpPort, int managementPort) {
        this.process = process;
        this.classDataArchive = classDataArchive;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** Starts the registry on HTTP {@code port} and returns at once; {@link #awaitReady(Duration)} waits for it. */
    static ApicurioRegistry launch(Path home, int port, RegistryStorage storage, String kafkaBootstrap, Path logFile) {
        if (Runtime.version().feature() < 21) {
            throw new IllegalStateException("Apicurio Registry needs Java 21 or newer; this JVM is " + Runtime.version());
        }
        int managementPort = FreePorts.pick();
        ClassDataArchive classDataArchive = ClassDataArchive.in(home);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(classDataArchive.jvmOptions());
        command.addAll(List.of(
                // Small and quick to start: a local registry holds a handful of schemas.
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                // The management default (9000) would collide between two registries on one machine.
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort,
                // Confluent's default; Apicurio's is NONE when no rule is set.
                "-Dapicurio.rules.global.compatibility=BACKWARD"));
        // Both storages work on an in-memory H2 database (kafkasql replays its journal into it), whose pool opens
        // 20 connections by default; two serve a local registry.
        command.add("-Dapicurio.datasource.jdbc.initial-size=2");
        command.add("-Dapicurio.datasource.jdbc.min-size=2");
        if (storage == RegistryStorage.KAFKASQL) {
            command.add("-Dapicurio.storage.kind=kafkasql");
            command.add("-Dapicurio.kafkasql.bootstrap.servers=" + kafkaBootstrap);
            // Start-up waits out whole polls of empty journal topics: 5 s each by default.
            command.add("-Dapicurio.kafkasql.consumer.poll.timeout=500");
        }
        command.add("-jar");
        command.add(ApicurioHome.runJar(home).toString());
        try {
            ChildProcess process = ChildProcess.launch("apicurio-registry", command, logFile);
            return new ApicurioRegistry(process, classDataArchive, port, managementPort);
        } catch (RuntimeException e) {
            classDataArchive.registryStopped(false);
            throw e;
        }
    }

    /**
     * Polls until {@code GET /health/ready} on the management port and the Confluent API on the HTTP port both answer
     * 200. Health alone is not enough: the management port can report ready a moment before the HTTP port fails to
     * bind (taken by another process) and the registry exits.
     */
    void awaitReady(Duration timeout) throws InterruptedException {
        List<URI> checks = List.of(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"),
                URI.create(ccompatUrl() + "/subjects"));
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with status " + process.exitValue()
                        + " before it was ready; the end of " + process.logFile() + ":\n" + process.logTail(LOG_TAIL_LINES));
            }
            lastAnswer = firstNot200(checks);
            if (lastAnswer == null) {
                return;
            }
            Thread.sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException("Apicurio Registry not ready within " + timeout + " (last answer: " + lastAnswer
                + "); the end of " + process.logFile() + ":\n" + process.logTail(LOG_TAIL_LINES));
    }

    /** The first check that does not answer 200, with its answer; {@code null} when all do. */
    private String firstNot200(List<URI> checks) throws InterruptedException {
        for (URI check : checks) {
            HttpRequest request = HttpRequest.newBuilder(check).timeout(Duration.ofSeconds(2)).GET().build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return check + ": HTTP " + response.statusCode() + " " + response.body();
                }
            } catch (IOException notListeningYet) {
                return check + ": " + notListeningYet;
            }
        }
        return null;
    }

    /** The Confluent-compatible API base URL. */
    String ccompatUrl() {
        return "http://127.0.0.1:" + httpPort + CCOMPAT_PATH;
    }

    @Override
    public void close() {
        boolean cleanly = process.stop(classDataArchive.dumping() ? GRACEFUL_STOP_WHILE_ARCHIVING : GRACEFUL_STOP);
        classDataArchive.registryStopped(cleanly);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
