package io.factwire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.bench.workload.Corpus;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A tiny run on the real test stack: every figure is produced. No timing is asserted: speed lives in the figures. */
@RealStack
class BenchCommandIT {

    @Test
    void aSmallRunProducesEveryFigure(StackEndpoints stack, @TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Corpus.defaultPath()), "shared corpus not found at " + Corpus.defaultPath() + ": skipped");
        Path json = dir.resolve("bench.json");
        int exit = new CommandLine(new BenchCommand()).execute("--bootstrap", stack.bootstrapServers(),
                "--registry", stack.registryUrl(), "--articles", "300", "--window", "100", "--rate", "40",
                "--duration", "5s", "--partitions", "2", "--threads", "1", "--processor-jvm", "-Xmx256m -XX:+UseSerialGC",
                "--profile", dir.resolve("processor.jfr").toString(), "--json", json.toString());

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/workload/published").asLong()).isEqualTo(300);
        assertThat(report.at("/passThrough/perSecond").asDouble()).isPositive();
        assertThat(report.at("/factwire/perSecond").asDouble()).isPositive();
        assertThat(report.at("/factwireToPassThrough").asDouble()).isPositive();
        assertThat(report.at("/scaling/completed").asLong()).isBetween(1L, 300L);
        assertThat(report.at("/scaling/stages").size()).isPositive();
        assertThat(report.at("/latency/sent").asLong()).isEqualTo(200);
        assertThat(report.at("/latency/verdict/count").asInt()).isPositive();
        assertThat(report.at("/factwire/process/heapPeakUsedBytes").asLong()).isPositive();
        assertThat(report.at("/factwire/process/stateDirBytes").asLong()).isPositive();
        assertThat(report.at("/factwire/process/rankOrder/late").isNumber()).as("rank-order totals reported").isTrue();
        assertThat(report.at("/profile/samples").asLong()).isPositive();
        assertThat(report.at("/machine/cores").asInt()).isPositive();
        assertThat(report.at("/versions/kafka").asText()).isNotBlank();
        assertThat(report.at("/targets")).hasSize(6);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .as("the run's own topics are deleted after it").noneMatch(name -> name.startsWith("factwire-bench-"));
        }
    }
}
