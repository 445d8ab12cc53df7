package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.schemas.Topic;
import io.factwire.stack.KafkaReady;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs examples/consumer-node (kafkajs + Confluent's JavaScript registry client) against the real stack and checks
 * that it decodes exactly what our Java serde wrote. Skips when node or npm is missing or npm cannot install.
 */
@RealStack
class NodeConsumerIT {

    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(90);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void theNodeConsumerDecodesWhatTheJavaSerdeWrote(StackEndpoints endpoints) throws Exception {
        Path example = Path.of(System.getProperty("factwire.root", ".."), "examples", "consumer-node");
        Assumptions.assumeTrue(Files.isRegularFile(example.resolve("index.js")), "no example at " + example);
        Path work = installOrSkip(example);

        String run = KafkaFixture.uniqueId();
        String updatesTopic = "fact-updates-node-it-" + run;
        String factsTopic = "facts-node-it-" + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(updatesTopic, 3, (short) 1), new NewTopic(factsTopic, 3, (short) 1))).all().get();
            KafkaReady.awaitTopicsReady(admin, List.of(updatesTopic, factsTopic), Duration.ofSeconds(30));
        }
        Set<JsonNode> expected = new HashSet<>();
        try (KafkaFixture kafka = new KafkaFixture(endpoints)) {
            Topic<String, FactUpdate> updates = new Topic<>(updatesTopic, kafka.topics.factUpdates().keySerde(), kafka.topics.factUpdates().valueSerde());
            Topic<String, FactState> facts = new Topic<>(factsTopic, kafka.topics.facts().keySerde(), kafka.topics.facts().valueSerde());
            FactState first = ServingSamples.fact("zürich-" + run, Outcome.injured, VictimGroup.civilians, 3);
            FactState second = ServingSamples.withClaimText(ServingSamples.fact("zürich-" + run, Outcome.injured, VictimGroup.civilians, 3, 5),
                    "Five were hurt — “at least”, <b>officials</b> said.");
            expected.add(sent(kafka, updates, first.getKey(), ServingSamples.update(null, first, "a1")));
            expected.add(sent(kafka, updates, second.getKey(), ServingSamples.update(first, second, "a2")));
            expected.add(sent(kafka, facts, second.getKey(), second));
            expected.add(sent(kafka, facts, "gone-" + run + "/killed/all", null));
        }

        List<JsonNode> printed = runNode(work, Map.of(
                "BOOTSTRAP", endpoints.bootstrapServers(),
                "REGISTRY", endpoints.registryUrl(),
                "TOPIC", updatesTopic + "," + factsTopic,
                "GROUP", "node-it-" + run,
                "MAX_MESSAGES", Integer.toString(expected.size())));

        System.out.println("node consumer printed " + printed.size() + " records, e.g. " + printed.getFirst());
        Set<JsonNode> decoded = new HashSet<>();
        for (JsonNode line : printed) {
            ObjectNode record = (ObjectNode) line.deepCopy();
            assertThat(record.remove("partition")).isNotNull();
            assertThat(record.remove("offset")).isNotNull();
            decoded.add(record);
        }
        assertThat(decoded).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static <V extends SpecificRecord> JsonNode sent(KafkaFixture kafka, Topic<String, V> topic, String key, V value)
            throws IOException {
        kafka.publish(topic, key, value);
        ObjectNode record = JSON.objectNode().put("topic", topic.name()).put("key", key);
        record.set("value", value == null ? JSON.nullNode() : avroJson(value, value.getSchema()));
        // Parsed back as the node output is, so that a long 3 and an int 3 compare equal.
        return Response.MAPPER.readTree(record.toString());
    }

    /** An Avro value as Avro data in JSON: what a client that decodes the bytes with the schema ends up with. */
    private static JsonNode avroJson(Object value, Schema schema) {
        if (value == null) return JSON.nullNode();
        return switch (schema.getType()) {
            case RECORD -> {
                ObjectNode node = JSON.objectNode();
                SpecificRecord record = (SpecificRecord) value;
                for (Schema.Field field : schema.getFields()) node.set(field.name(), avroJson(record.get(field.pos()), field.schema()));
                yield node;
            }
            case UNION -> avroJson(value, schema.getTypes().stream().filter(branch -> branch.getType() != Schema.Type.NULL)
                    .findFirst().orElseThrow());
            case ARRAY -> {
                ArrayNode array = JSON.arrayNode();
                ((List<?>) value).forEach(item -> array.add(avroJson(item, schema.getElementType())));
                yield array;
            }
            case LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                    ? JSON.numberNode(((Instant) value).toEpochMilli()) : JSON.numberNode((Long) value);
            case INT -> JSON.numberNode((Integer) value);
            case DOUBLE -> JSON.numberNode((Double) value);
            case BOOLEAN -> JSON.booleanNode((Boolean) value);
            case STRING, ENUM -> JSON.textNode(value.toString());
            case BYTES -> JSON.textNode(Base64.getEncoder().encodeToString(((ByteBuffer) value).array()));
            default -> throw new IllegalArgumentException("no JSON form for Avro " + schema.getType());
        };
    }

    /** The example copied to target/ with its locked dependencies installed (kept between runs), or a skip. */
    private static Path installOrSkip(Path example) throws IOException, InterruptedException {
        Assumptions.assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "node and npm are needed for the Node consumer example: skipping");
        Path work = Path.of("target", "consumer-node");
        Files.createDirectories(work);
        for (String file : List.of("package.json", "package-lock.json", "index.js")) {
            Files.copy(example.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(work.resolve("node_modules").resolve("kafkajs"))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("npm-ci.log").toFile())
                    .start();
            boolean finished = npm.waitFor(NPM_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!finished) npm.destroyForcibly().waitFor();
            Assumptions.assumeTrue(finished && npm.exitValue() == 0,
                    "npm ci failed in " + work.toAbsolutePath() + " (no network?), see npm-ci.log: skipping");
        }
        return work;
    }

    private static List<JsonNode> runNode(Path work, Map<String, String> environment) throws IOException, InterruptedException {
        File errors = work.resolve("node-stderr.log").toFile();
        ProcessBuilder builder = new ProcessBuilder("node", "index.js").directory(work.toFile()).redirectError(errors);
        builder.environment().putAll(environment);
        Process node = builder.start();
        List<JsonNode> lines = new ArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                for (String line : new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) lines.add(Response.MAPPER.readTree(line));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!node.waitFor(NODE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor();
            throw new AssertionError("node index.js did not stop within " + NODE_TIMEOUT + "; stderr: " + Files.readString(errors.toPath()));
        }
        reader.join();
        assertThat(node.exitValue()).as("node exit code; stderr: " + Files.readString(errors.toPath())).isZero();
        return lines;
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
