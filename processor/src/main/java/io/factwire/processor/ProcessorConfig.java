package io.factwire.processor;

import io.factwire.processor.config.ConfigValues;
import io.factwire.processor.errors.DeadLetterDeserializationHandler;
import io.factwire.processor.errors.DeadLetterProcessingHandler;
import io.factwire.processor.errors.DeadLetterProductionHandler;
import io.factwire.processor.order.RankOrder;
import io.factwire.processor.placement.DecisionApart;
import io.factwire.schemas.ArticleContent;
import io.factwire.schemas.Topics;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The processor's configuration: defaults, overlaid by an optional properties file, overlaid by explicit
 * overrides (the command line). One flat map of strings holds Kafka Streams settings, the serde's schema registry
 * settings and factwire's own {@code factwire.*} keys; Kafka Streams passes the whole map to the serdes and
 * exception handlers, so each reads its own keys from it.
 */
public final class ProcessorConfig {

    public static final String REGISTRY_URL = "schema.registry.url";
    /** Partitions of the topics factwire creates (the input and output topics). */
    public static final String PARTITIONS = "factwire.partitions";
    /** Replication factor of every topic factwire or Kafka Streams creates. */
    public static final String REPLICATION = "factwire.replication";

    public static final String DEFAULT_APPLICATION_ID = "factwire-processor";
    public static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    public static final String DEFAULT_REGISTRY = "http://localhost:8081";

    private final Map<String, String> values;

    private ProcessorConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The defaults alone. */
    public static ProcessorConfig defaults() {
        Map<String, String> defaults = new TreeMap<>();
        defaults.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        defaults.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP);
        defaults.put(REGISTRY_URL, DEFAULT_REGISTRY);
        defaults.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        defaults.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2");
        // Exactly-once output becomes visible on commit, and an article crosses three repartition topics on its way
        // to a fact update, each read only once committed: every hop waits for a commit. With five hops the bench saw
        // at 100 ms a p50 of 593 ms from article to fact update, at 30 ms 263 ms (p99 862 -> 523), same throughput;
        // with three hops, at 30 ms 215 ms and at 15 ms 146 ms (with poll.ms below).
        defaults.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "15");
        // A stream thread with nothing new to read blocks in poll for up to poll.ms before it commits what it has
        // processed or runs a wall-clock punctuator (the decision's merge looks again every 10 ms): Kafka's 100 ms
        // default would hold a processed record back by up to that, whatever the commit interval.
        defaults.put(StreamsConfig.POLL_MS_CONFIG, "5");
        // Article-sized records (the repartitions carry whole articles) fill the default 16 KB batch in a few
        // records: the many small produce requests cost the processor and the broker more CPU than the records.
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), "131072");
        // Every topic takes records up to ArticleContent.MAX_RECORD_BYTES (factwire creates its own topics so; the
        // internal ones get it here), and the producer sends up to that: an article admitted at the body limit
        // plus what the stages add to it always fits on a repartition topic.
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Integer.toString(ArticleContent.MAX_RECORD_BYTES));
        defaults.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), Integer.toString(ArticleContent.MAX_RECORD_BYTES));
        // A static member (see staticInstanceId) that does not come back under its id, e.g. a replaced stream
        // thread, which gets a new thread number, holds its partitions until its session expires: 10 s, not 45.
        defaults.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000");
        defaults.put(StreamsConfig.STATE_DIR_CONFIG, Path.of(System.getProperty("java.io.tmpdir"), "factwire-state").toString());
        defaults.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        defaults.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS);
        defaults.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class.getName());
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        // Kafka 5.0's default, set now: the same dead-letter handling for global state as for tasks (and no warning).
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        defaults.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        // With two or more instances the decision task gets one to itself: DecisionApart says why.
        defaults.put(StreamsConfig.TASK_ASSIGNOR_CLASS_CONFIG, DecisionApart.class.getName());
        defaults.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class.getName());
        defaults.put(BoundedRocksDbConfig.MEMORY_BYTES, Long.toString(BoundedRocksDbConfig.DEFAULT_MEMORY_BYTES));
        defaults.put(PARTITIONS, "6");
        defaults.put(REPLICATION, "1");
        return new ProcessorConfig(defaults);
    }

    /** Defaults, then the properties file (when given), then the overrides. */
    public static ProcessorConfig load(Path propertiesFile, Map<String, String> overrides) {
        ProcessorConfig config = defaults();
        if (propertiesFile != null) config = config.withFile(propertiesFile);
        return config.with(overrides);
    }

    /** This configuration overlaid by a properties file. */
    public ProcessorConfig withFile(Path propertiesFile) {
        return with(read(propertiesFile));
    }

    /** This configuration with the given keys replaced. */
    public ProcessorConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        overrides.forEach((key, value) -> {
            if (value != null) merged.put(key, value);
        });
        return new ProcessorConfig(merged);
    }

    public ProcessorConfig with(String key, String value) {
        return with(Map.of(key, value));
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read processor config " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name).trim()));
        return map;
    }

    /**
     * Everything, for KafkaStreams; internal topics get the configured replication unless set explicitly, and the
     * instance is a static member of its group unless {@code group.instance.id} is set (empty: a dynamic member).
     */
    public Properties streamsProperties() {
        Properties properties = new Properties();
        properties.putAll(values);
        properties.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, values.get(REPLICATION));
        String instanceId = values.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        if (instanceId == null) {
            properties.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, staticInstanceId());
        } else if (instanceId.isBlank()) {
            properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        }
        return properties;
    }

    /**
     * A killed processor that comes back under the same {@code group.instance.id} takes its partitions back at once;
     * a dynamic member waits until the group coordinator gives up on the dead one ({@code session.timeout.ms}, 45 s),
     * which made every restart take 46-49 s. The id must be stable across restarts and unique among the instances:
     * the application id, the host and the state directory (two instances never share one: Kafka Streams locks
     * it). Kafka Streams appends the stream thread's number.
     */
    String staticInstanceId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        String where = host + ":" + stateDir().toAbsolutePath().normalize();
        String digest = java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(sha256(where), 6));
        return applicationId() + "-" + digest;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * What factwire's own Kafka clients connect with (topic set-up, the rank merge's progress lister, the
     * hanging-transaction aborter, the serving side): the admin settings Kafka Streams gives its own admin client,
     * so bootstrap servers and connection and security settings ({@code security.protocol}, {@code ssl.*},
     * {@code sasl.*}; an {@code admin.}-prefixed one wins) reach every client, and a cluster that Kafka Streams
     * can use, they can too. Only admin client settings; the client id is left to Kafka.
     */
    public Map<String, Object> adminConfig() {
        Map<String, Object> admin = new TreeMap<>(new StreamsConfig(streamsProperties()).getAdminConfigs("factwire"));
        admin.keySet().retainAll(AdminClientConfig.configNames());
        admin.remove(AdminClientConfig.CLIENT_ID_CONFIG);
        return admin;
    }

    /** The flat map, for serdes and the stage configs. */
    public Map<String, String> asMap() {
        return values;
    }

    public String get(String key) {
        return values.get(key);
    }

    public String applicationId() {
        return values.get(StreamsConfig.APPLICATION_ID_CONFIG);
    }

    public String bootstrapServers() {
        return values.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    public String registryUrl() {
        return values.get(REGISTRY_URL);
    }

    public Path stateDir() {
        return Path.of(values.get(StreamsConfig.STATE_DIR_CONFIG));
    }

    public int partitions() {
        return positive(PARTITIONS);
    }

    /** How long the decision waits for a quiet partition before deciding the others' records ({@link RankOrder}). */
    public Duration orderMaxWait() {
        return new ConfigValues(values).duration(RankOrder.MAX_WAIT, RankOrder.DEFAULT_MAX_WAIT);
    }

    /** How long a record may take from its ingest time to the articles topic, as the decision's merge assumes. */
    public Duration orderInFlight() {
        return new ConfigValues(values).duration(RankOrder.IN_FLIGHT, RankOrder.DEFAULT_IN_FLIGHT);
    }

    public short replication() {
        int replication = positive(REPLICATION);
        if (replication > Short.MAX_VALUE) throw new IllegalArgumentException(REPLICATION + " is too large: " + replication);
        return (short) replication;
    }

    private int positive(String key) {
        String value = values.get(key);
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 1) throw new IllegalArgumentException(key + " must be at least 1, was " + number);
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'", e);
        }
    }

    /** The settings, with anything that looks like a credential masked. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>(values);
        shown.replaceAll((key, value) -> key.contains("password") || key.contains("user.info") || key.contains("secret")
                ? "[hidden]" : value);
        return shown.toString();
    }
}
