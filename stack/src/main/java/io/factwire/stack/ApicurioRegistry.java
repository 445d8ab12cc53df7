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

    private final ChildProcess process;
    private final int httpPort;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ApicurioRegistry(ChildProcess process, int httpPort, int managementPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** Starts the registry and returns at once; {@link #awaitReady(Duration)} waits for it. */
    static ApicurioRegistry launch(Path home, int httpPort, RegistryStorage storage, String kafkaBootstrap,
                                   Path logFile) {
        if (Runtime.version().feature() < 21) {
            throw new IllegalStateException("Apicurio Registry needs Java 21 or newer; this JVM is " + Runtime.version());
        }
        int port = FreePorts.orPick(httpPort);
        int managementPort = FreePorts.pick();
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                // Small and quick to start: a local registry holds a handful of schemas.
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                // The management default (9000) would collide between two registries on one machine.
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort,
                // Confluent's default; Apicurio's is NONE when no rule is set.
                "-Dapicurio.rules.global.compatibility=BACKWARD"));
        if (storage == RegistryStorage.KAFKASQL) {
            command.add("-Dapicurio.storage.kind=kafkasql");
            command.add("-Dapicurio.kafkasql.bootstrap.servers=" + kafkaBootstrap);
        } else {
            // The in-memory H2 pool opens 20 connections by default; two serve a local registry.
            command.add("-Dapicurio.datasource.jdbc.initial-size=2");
            command.add("-Dapicurio.datasource.jdbc.min-size=2");
        }
        command.add("-jar");
        command.add(ApicurioHome.runJar(home).toString());
        return new ApicurioRegistry(ChildProcess.launch("apicurio-registry", command, logFile), port, managementPort);
    }

    /** Polls {@code GET /health/ready} on the management port until it answers 200. */
    void awaitReady(Duration timeout) throws InterruptedException {
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with status " + process.exitValue()
                        + " before it was ready; the end of " + process.logFile() + ":\n" + process.logTail(LOG_TAIL_LINES));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                lastAnswer = notListeningYet.toString();
            }
            Thread.sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException("Apicurio Registry not ready at " + ready + " within " + timeout
                + " (last answer: " + lastAnswer + "); the end of " + process.logFile() + ":\n"
                + process.logTail(LOG_TAIL_LINES));
    }

    /** The Confluent-compatible API base URL. */
    String ccompatUrl() {
        return "http://127.0.0.1:" + httpPort + CCOMPAT_PATH;
    }

    int httpPort() {
        return httpPort;
    }

    Path logFile() {
        return process.logFile();
    }

    @Override
    public void close() {
        process.close();
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
