package io.factwire.processor.serving.lag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.schemas.Topics;
import io.factwire.stack.KafkaReady;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code factwire lag} against a real group whose committed offsets are behind on one partition. */
@RealStack
class LagCommandIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "lag-it-" + RUN;
    private static final String GROUP = "lag-it-group-" + RUN;
    private static String bootstrap;

    @BeforeAll
    static void aGroupThreeRecordsBehindOnPartitionZero(StackEndpoints endpoints) throws Exception {
        bootstrap = endpoints.bootstrapServers();
        Instant now = Instant.now();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
            KafkaReady.awaitTopicsReady(admin, List.of(TOPIC), Duration.ofSeconds(30));
            for (int i = 0; i < 5; i++) {
                // Partition 0: published long ago (record timestamp), ingested 30 s ago (header): the header wins.
                RecordHeaders headers = new RecordHeaders();
                headers.add(Topics.INGESTED_HEADER, now.minusSeconds(30).toString().getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(TOPIC, 0, Instant.parse("2022-01-06T10:00:00Z").toEpochMilli(), "a" + i, "x", headers)).get();
            }
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>(TOPIC, 1, now.minusSeconds(10).toEpochMilli(), "b" + i, "y")).get();
            }
            admin.alterConsumerGroupOffsets(GROUP, Map.of(
                    new TopicPartition(TOPIC, 0), new OffsetAndMetadata(2),
                    new TopicPartition(TOPIC, 1), new OffsetAndMetadata(2))).all().get();
        }
    }

    @Test
    void theTableShowsRecordsAndSecondsBehindPerPartition() {
        Result result = run("--bootstrap", bootstrap, "--group", GROUP);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String[]> rows = result.out().lines().map(line -> line.trim().split("\\s+")).toList();
        assertThat(rows.get(0)).containsExactly("TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "LAG-SECONDS");
        assertThat(rows.get(1)).startsWith(TOPIC, "0", "2", "5", "3");
        assertThat(Double.parseDouble(rows.get(1)[5])).as("age from the ingested header").isBetween(29.0, 90.0);
        assertThat(rows.get(2)).containsExactly(TOPIC, "1", "2", "2", "0", "0.0");
        System.out.print("factwire lag:\n" + result.out());
    }

    @Test
    void jsonHasTheSameFiguresAndTotals() throws Exception {
        Result result = run("--bootstrap", bootstrap, "--group", GROUP, "--json");

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("group").asText()).isEqualTo(GROUP);
        assertThat(json.get("totalLag").asLong()).isEqualTo(3);
        assertThat(json.get("maxLagSeconds").asDouble()).isBetween(29.0, 90.0);
        assertThat(json.get("partitions")).hasSize(2);
        assertThat(json.get("partitions").get(1).get("lagSeconds").asDouble()).isZero();
    }

    @Test
    void anUnknownGroupIsExitCodeOneWithAMessage() {
        Result result = run("--bootstrap", bootstrap, "--group", "no-such-group-" + RUN);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("'no-such-group-" + RUN + "' has no committed offsets");
    }

    @Test
    void injectedDefaultsAreUsedWhenNoBootstrapIsGiven() {
        CommandLine command = new CommandLine(new LagCommand().withDefaults(bootstrap, "http://unused"));
        StringWriter out = new StringWriter();
        command.setOut(new PrintWriter(out));

        assertThat(command.execute("--group", GROUP)).isZero();
        assertThat(out.toString()).contains(TOPIC);
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new LagCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
