package io.factwire.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.ConfluentKafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stack on Docker, for machines that have it: Confluent's {@code cp-kafka} (one KRaft node with the same broker
 * settings as the local stack) and {@code cp-schema-registry} on a private network. One broker only: fault tests that
 * stop brokers run on {@link LocalStack}.
 *
 * <p>Testcontainers is an optional dependency of this module ({@code provided} scope): code that starts this stack
 * brings {@code org.testcontainers:testcontainers-kafka} on its own (test) class path.
 */
public final class TestcontainersStack implements RunningStack {

    /** Confluent Platform 8.3 ships Kafka 4.3, the version of our clients and of the local broker. */
    public static final String CONFLUENT_VERSION = "8.3.1";

    private static final Logger LOG = LoggerFactory.getLogger(TestcontainersStack.class);
    // The registry reaches the broker by this network alias: Testcontainers adds a listener advertising it.
    private static final String KAFKA_INTERNAL_LISTENER = "kafka:19092";
    private static final int REGISTRY_PORT = 8081;
    // Generous: the first run on a machine pulls both images.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Network network;
    private final ConfluentKafkaContainer kafka;
    private final GenericContainer<?> registry;
    private volatile StackEndpoints endpoints;
    private boolean closed;

    private TestcontainersStack() {
        network = Network.newNetwork();
        kafka = new ConfluentKafkaContainer(image("cp-kafka"))
                .withNetwork(network)
                .withListener(KAFKA_INTERNAL_LISTENER)
                .withEnv(brokerEnvironment())
                .withEnv("KAFKA_HEAP_OPTS", "-Xms128m -Xmx512m")
                .withStartupTimeout(START_TIMEOUT);
        registry = new GenericContainer<>(image("cp-schema-registry"))
                .withNetwork(network)
                .withExposedPorts(REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("SCHEMA_REGISTRY_HEAP_OPTS", "-Xms64m -Xmx256m")
                .dependsOn(kafka)
                .waitingFor(Wait.forHttp("/subjects").forPort(REGISTRY_PORT).forStatusCode(200))
                .withStartupTimeout(START_TIMEOUT);
    }

    /** Starts the broker, then the registry, and returns once the registry serves; on failure stops both. */
    public static TestcontainersStack start() {
        long began = System.nanoTime();
        TestcontainersStack stack = new TestcontainersStack();
        try {
            stack.registry.start(); // starts the broker first (dependsOn)
        } catch (RuntimeException e) {
            try {
                stack.close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
        stack.endpoints = new StackEndpoints(stack.kafka.getBootstrapServers(),
                "http://" + stack.registry.getHost() + ":" + stack.registry.getMappedPort(REGISTRY_PORT));
        LOG.info("testcontainers: cp-kafka and cp-schema-registry {} ready at {} and {} in {}", CONFLUENT_VERSION,
                stack.endpoints.bootstrapServers(), stack.endpoints.registryUrl(),
                String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - began) / 1e9));
        return stack;
    }

    /**
     * The local stack's 1-broker settings as the environment the Confluent image turns into server properties
     * ({@code KAFKA_FOO_BAR} becomes {@code foo.bar}), so both backends behave alike.
     */
    static Map<String, String> brokerEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        BrokerConfigs.forBrokers(1).forEach((name, value) ->
                environment.put("KAFKA_" + name.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        return environment;
    }

    private static DockerImageName image(String name) {
        return DockerImageName.parse("confluentinc/" + name).withTag(CONFLUENT_VERSION);
    }

    @Override
    public StackEndpoints endpoints() {
        if (endpoints == null) {
            throw new IllegalStateException("the stack has not started");
        }
        return endpoints;
    }

    @Override
    public void stopBroker(int index) {
        throw oneBrokerOnly();
    }

    @Override
    public void startBroker(int index) {
        throw oneBrokerOnly();
    }

    private static UnsupportedOperationException oneBrokerOnly() {
        return new UnsupportedOperationException(
                "the Testcontainers stack has one broker: fault tests run on the local stack (-Dfactwire.stack=local)");
    }

    /** Stops the registry, then the broker, then removes the network. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        registry.stop();
        kafka.stop();
        network.close();
    }
}
