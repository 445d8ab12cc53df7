package io.factwire.processor.serving;

import io.factwire.processor.facts.FactStage;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.state.HostInfo;

/**
 * How the HTTP server runs and what it needs to know about the processor it serves.
 *
 * @param bindHost         the interface to listen on ({@code 0.0.0.0} for all, {@code 127.0.0.1} for local only)
 * @param port             the port to listen on
 * @param advertised       how the other instances reach this one: MUST equal this instance's Kafka Streams
 *                         {@code application.server}, which is how Kafka Streams tells the others where a key lives
 * @param kafka            how the serving side's own consumers and admin client connect: bootstrap servers, and the
 *                         connection and security settings of the processor's clients
 * @param registryUrl      the schema registry (shown on the ops endpoint; the serdes come with the Topics)
 * @param applicationId    the processor's application id: its consumer group, whose lag {@code /api/lag} shows
 * @param factStore        the topology's state store of current facts, keyed by fact key, partitioned by event id
 * @param heartbeat        how often an idle live feed sends a comment so that proxies keep it open
 */
public record ServingOptions(String bindHost, int port, HostInfo advertised, Map<String, Object> kafka, String registryUrl,
                             String applicationId, String factStore, Duration heartbeat) {

    /** The fact stage's state store. */
    public static final String DEFAULT_FACT_STORE = FactStage.STATES_STORE;
    public static final String DEFAULT_APPLICATION_ID = "factwire-processor";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

    public ServingOptions {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(advertised, "advertised");
        kafka = Map.copyOf(kafka);
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(factStore, "factStore");
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        if (heartbeat.isNegative() || heartbeat.isZero()) throw new IllegalArgumentException("heartbeat must be positive");
    }

    /**
     * Options with the defaults: the {@value #DEFAULT_FACT_STORE} store and a {@code 15 s} heartbeat.
     *
     * @param advertised {@code host:port}, as in {@code application.server}
     */
    public static ServingOptions of(Map<String, Object> kafka, String registryUrl, String applicationId,
                                    String bindHost, int port, String advertised) {
        return new ServingOptions(bindHost, port, hostInfo(advertised), kafka, registryUrl, applicationId,
                DEFAULT_FACT_STORE, DEFAULT_HEARTBEAT);
    }

    public ServingOptions withFactStore(String store) {
        return new ServingOptions(bindHost, port, advertised, kafka, registryUrl, applicationId, store, heartbeat);
    }

    public ServingOptions withHeartbeat(Duration every) {
        return new ServingOptions(bindHost, port, advertised, kafka, registryUrl, applicationId, factStore, every);
    }

    /** Parses {@code host:port} (the {@code application.server} format); a bad one names itself. */
    public static HostInfo hostInfo(String hostAndPort) {
        try {
            return HostInfo.buildFromEndpoint(hostAndPort);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("advertised endpoint must be host:port, was '" + hostAndPort + "'", e);
        }
    }
}
