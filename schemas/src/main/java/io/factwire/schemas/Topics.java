package io.factwire.schemas;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.DeadLetter;
import io.factwire.avro.Duplicate;
import io.factwire.avro.Event;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.schemas.registry.SchemaRegistryClient;
import io.factwire.schemas.serde.AvroSerdeConfig;
import io.factwire.schemas.serde.SpecificAvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of the pipeline with their serdes (keys: UTF-8 strings; values: Avro in Confluent's wire format).
 * Topic names are written here and nowhere else. All value serdes of one instance share one registry client,
 * which {@link #close()} releases.
 */
public final class Topics implements AutoCloseable {
    public static final String ARTICLES = "articles";
    public static final String ARTICLES_UNIQUE = "articles-unique";
    public static final String ARTICLES_DUPLICATES = "articles-duplicates";
    public static final String EVENTS = "events";
    public static final String CLAIMS = "claims";
    public static final String FACTS = "facts";
    public static final String FACT_UPDATES = "fact-updates";
    public static final String DEAD_LETTERS = "dead-letters";
    /**
     * Header of an article record, and of everything the processor derives from it (Kafka Streams carries headers
     * along): when ingest read the article (ISO-8601).
     */
    public static final String INGESTED_HEADER = "factwire.ingested";

    /** Adds the {@link #INGESTED_HEADER} to a record's headers. */
    public static void addIngested(Headers headers, Instant ingested) {
        headers.add(INGESTED_HEADER, ingested.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The instant in a record's {@link #INGESTED_HEADER}; empty when it has none, or one that is not an instant. */
    public static Optional<Instant> ingestedAt(Headers headers) {
        Header header = headers.lastHeader(INGESTED_HEADER);
        if (header == null || header.value() == null) return Optional.empty();
        try {
            return Optional.of(Instant.parse(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
    }

    private static final List<String> ALL = List.of(
            ARTICLES, ARTICLES_UNIQUE, ARTICLES_DUPLICATES, EVENTS, CLAIMS, FACTS, FACT_UPDATES, DEAD_LETTERS);
    private static final List<String> COMPACTED = List.of(FACTS, EVENTS);

    private final SchemaRegistryClient registry;
    private final boolean ownsRegistry;
    private final Map<String, ?> serdeConfig;
    private final Topic<String, Article> articles;
    private final Topic<String, Article> articlesUnique;
    private final Topic<String, Duplicate> duplicates;
    private final Topic<String, Event> events;
    private final Topic<String, Claim> claims;
    private final Topic<String, FactState> facts;
    private final Topic<String, FactUpdate> factUpdates;
    private final Topic<String, DeadLetter> deadLetters;

    /** Topics whose serdes use the registry named in {@code serdeConfig} (see {@link SerdeConfig}). */
    public Topics(Map<String, ?> serdeConfig) {
        this(serdeConfig, new AvroSerdeConfig(serdeConfig).newRegistryClient(), true);
    }

    /** Topics whose serdes use {@code registry}, which the caller owns. */
    public Topics(Map<String, ?> serdeConfig, SchemaRegistryClient registry) {
        this(serdeConfig, registry, false);
    }

    private Topics(Map<String, ?> serdeConfig, SchemaRegistryClient registry, boolean ownsRegistry) {
        this.serdeConfig = Collections.unmodifiableMap(new HashMap<>(serdeConfig));
        this.registry = registry;
        this.ownsRegistry = ownsRegistry;
        this.articles = topic(ARTICLES, Article.class);
        this.articlesUnique = topic(ARTICLES_UNIQUE, Article.class);
        this.duplicates = topic(ARTICLES_DUPLICATES, Duplicate.class);
        this.events = topic(EVENTS, Event.class);
        this.claims = topic(CLAIMS, Claim.class);
        this.facts = topic(FACTS, FactState.class);
        this.factUpdates = topic(FACT_UPDATES, FactUpdate.class);
        this.deadLetters = topic(DEAD_LETTERS, DeadLetter.class);
    }

    /** Every topic name, inputs first, in pipeline order. */
    public static List<String> allTopics() {
        return ALL;
    }

    /** The topics the processor writes: every topic but the {@value #ARTICLES} input. */
    public static List<String> outputTopics() {
        return ALL.subList(1, ALL.size());
    }

    /** The topics that hold the latest value per key and are compacted: {@value #FACTS} and {@value #EVENTS}. */
    public static List<String> compactedTopics() {
        return COMPACTED;
    }

    public static boolean isCompacted(String topic) {
        return COMPACTED.contains(topic);
    }

    public Topic<String, Article> articles() {
        return articles;
    }

    public Topic<String, Article> articlesUnique() {
        return articlesUnique;
    }

    public Topic<String, Duplicate> duplicates() {
        return duplicates;
    }

    public Topic<String, Event> events() {
        return events;
    }

    public Topic<String, Claim> claims() {
        return claims;
    }

    public Topic<String, FactState> facts() {
        return facts;
    }

    public Topic<String, FactUpdate> factUpdates() {
        return factUpdates;
    }

    public Topic<String, DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** Every topic with its serdes, in {@link #allTopics()} order. */
    public List<Topic<String, ? extends SpecificRecord>> all() {
        return List.of(articles, articlesUnique, duplicates, events, claims, facts, factUpdates, deadLetters);
    }

    /** The registry client the value serdes use. */
    public SchemaRegistryClient registry() {
        return registry;
    }

    @Override
    public void close() {
        if (ownsRegistry) registry.close();
    }

    private <V extends SpecificRecord> Topic<String, V> topic(String name, Class<V> type) {
        SpecificAvroSerde<V> values = new SpecificAvroSerde<>(type, registry);
        values.configure(serdeConfig, false);
        return new Topic<>(name, Serdes.String(), values);
    }
}
