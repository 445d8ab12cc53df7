package io.factwire.processor;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.Article;
import io.factwire.processor.snapshot.Snapshot;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * One processor run on the real stack for an integration test: the factwire topics start empty (topic names
 * are fixed, so each run deletes what an earlier run left), the app runs with 6 partitions and 2 stream threads
 * under a fresh application id, and the test publishes, waits until the app is idle and reads the snapshot.
 */
public final class PipelineRun implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final StackEndpoints stack;
    private final ProcessorConfig config;
    private final ProcessorApp app;
    private final Topics topics;

    private PipelineRun(StackEndpoints stack, ProcessorConfig config, ProcessorApp app) {
        this.stack = stack;
        this.config = config;
        this.app = app;
        this.topics = new Topics(SerdeConfig.forRegistry(stack.registryUrl()));
    }

    /** Starts the factwire topology on empty topics; {@code topology} null means the real one. */
    public static PipelineRun start(StackEndpoints stack, Path stateDir, java.util.function.Function<ProcessorConfig, Topology> topology)
            throws Exception {
        String applicationId = "factwire-it-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessorConfig config = ProcessorConfig.defaults().with(Map.of(
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProcessorConfig.REGISTRY_URL, stack.registryUrl(),
                StreamsConfig.APPLICATION_ID_CONFIG, applicationId,
                StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(stateDir.resolve(applicationId)).toString(),
                ProcessorConfig.PARTITIONS, "6",
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2"));
        long begin = System.nanoTime();
        deleteFactwireTopics(stack);
        long deleted = System.nanoTime();
        PipelineRun run = new PipelineRun(stack, config, ProcessorApp.start(config, topology.apply(config), TIMEOUT));
        System.out.printf("pipeline run %s: topics reset in %d ms, app RUNNING in %d ms%n", applicationId,
                (deleted - begin) / 1_000_000, (System.nanoTime() - deleted) / 1_000_000);
        return run;
    }

    public static PipelineRun start(StackEndpoints stack, Path stateDir) throws Exception {
        return start(stack, stateDir, FactwireTopology::buildTopology);
    }

    public ProcessorApp app() {
        return app;
    }

    public ProcessorConfig config() {
        return config;
    }

    /** Publishes the articles in order, keyed by id, and waits for every acknowledgement. */
    public void publish(List<Article> articles) throws Exception {
        Topic<String, Article> topic = topics.articles();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(producerConfig(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (Article article : articles) sent.add(producer.send(new ProducerRecord<>(topic.name(), article.getId(), article)));
            for (Future<?> ack : sent) ack.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Publishes raw bytes to a topic, bypassing every serde. */
    public void publishRaw(String topicName, String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topicName, key, value)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }

    /**
     * Waits until the app has committed every record of every topic it reads (input and repartition topics), twice
     * in a row: then all its output is committed too.
     */
    public void awaitIdle() throws Exception {
        long begin = System.nanoTime();
        long deadline = begin + TIMEOUT.toNanos();
        int idleChecks = 0;
        try (Admin admin = admin(stack)) {
            while (idleChecks < 2) {
                if (System.nanoTime() > deadline) throw new AssertionError("the processor did not catch up within " + TIMEOUT);
                idleChecks = lag(admin) == 0 ? idleChecks + 1 : 0;
                Thread.sleep(300);
            }
        }
        System.out.printf("pipeline run %s: idle after %d ms%n", config.applicationId(), (System.nanoTime() - begin) / 1_000_000);
    }

    private long lag(Admin admin) throws Exception {
        Set<String> inputs = admin.listTopics().names().get().stream()
                .filter(name -> name.equals(Topics.ARTICLES)
                        || name.startsWith(config.applicationId()) && name.endsWith("-repartition"))
                .collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(inputs).allTopicNames().get().values().forEach(topic -> topic.partitions()
                .forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
        var ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(config.applicationId()).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            // A committed offset may sit one past the end: the transaction marker of the last commit.
            lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
        }
        return lag;
    }

    /** The --once snapshot of what the app committed. */
    public JsonNode snapshot() throws Exception {
        return Snapshot.readTree(stack.bootstrapServers(), stack.registryUrl(), TIMEOUT);
    }

    public Topics topics() {
        return topics;
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            topics.close();
        }
    }

    public static Admin admin(StackEndpoints stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
    }

    /** Deletes the factwire topics and every internal topic of earlier IT runs, and waits until they are gone. */
    private static void deleteFactwireTopics(StackEndpoints stack) throws Exception {
        try (Admin admin = admin(stack)) {
            Set<String> doomed = admin.listTopics().names().get().stream()
                    .filter(name -> Topics.allTopics().contains(name) || name.startsWith("factwire-it-"))
                    .collect(Collectors.toSet());
            if (doomed.isEmpty()) return;
            admin.deleteTopics(doomed).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (admin.listTopics().names().get().stream().anyMatch(doomed::contains)) {
                if (System.nanoTime() > deadline) throw new AssertionError("topics " + doomed + " were not deleted");
                Thread.sleep(100);
            }
        }
    }
}
