package io.factwire.processor.serving;

import io.factwire.avro.FactUpdate;
import io.factwire.schemas.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * factwire's own metrics, counted from what the pipeline committed to its topics (a read_committed consumer, no
 * group) rather than from hooks inside the topology: a count here is a record downstream consumers really see,
 * never one of an aborted transaction that a retry wrote again. Counts start when the server starts, except dead
 * letters, which are rare and worth their whole history: those are counted from the start of the topic.
 *
 * <p>The end-to-end latency is from an article's ingestion (the {@code factwire.ingested} header ingest writes, else
 * the moment this monitor read the article) to the first update of a fact it caused seen on {@code fact-updates}.
 */
final class PipelineMonitor implements AutoCloseable {

    static final String ARTICLES_IN = "factwire.articles.in";
    static final String DUPLICATES = "factwire.duplicates";
    static final String CLAIMS = "factwire.claims";
    static final String FACT_CHANGES = "factwire.fact.changes";
    static final String DEAD_LETTERS = "factwire.dead.letters";
    static final String LATENCY = "factwire.end.to.end.latency";
    /** Articles waiting for their first fact update; beyond this the oldest are forgotten (no latency sample). */
    static final int MAX_PENDING_ARTICLES = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(PipelineMonitor.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.ARTICLES_DUPLICATES, Topics.CLAIMS,
            Topics.FACT_UPDATES, Topics.DEAD_LETTERS);

    private final Map<String, Object> consumerConfig;
    private final Deserializer<FactUpdate> updates;
    private final Clock clock;
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final Timer latency;
    private final Map<String, Instant> ingestedByArticle = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_PENDING_ARTICLES;
        }
    };
    private final ConsumerThread reader;

    PipelineMonitor(Map<String, Object> consumerConfig, Topics topics, MeterRegistry registry, Clock clock) {
        this.consumerConfig = ConsumerConfigs.readCommitted(consumerConfig, "monitor");
        this.updates = topics.factUpdates().valueSerde().deserializer();
        this.clock = clock;
        counters.put(Topics.ARTICLES, counter(registry, ARTICLES_IN, "Articles published to the articles topic"));
        counters.put(Topics.ARTICLES_DUPLICATES, counter(registry, DUPLICATES, "Duplicate links written (an article that matches two groups of copies writes two)"));
        counters.put(Topics.CLAIMS, counter(registry, CLAIMS, "Casualty claims extracted"));
        counters.put(Topics.FACT_UPDATES, counter(registry, FACT_CHANGES, "Changes of facts (fact-updates records)"));
        counters.put(Topics.DEAD_LETTERS, counter(registry, DEAD_LETTERS, "Records dead-lettered (whole topic)"));
        this.latency = Timer.builder(LATENCY)
                .description("From an article's ingestion to the first fact update it caused, seen committed on fact-updates")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry);
        this.reader = new ConsumerThread("factwire-serving-monitor", this.consumerConfig, this::read,
                e -> LOG.error("pipeline monitor stopped: factwire counters no longer move", e));
    }

    void start() {
        reader.start();
    }

    /** The counts so far, by metric name. */
    Map<String, Double> counts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        counters.values().forEach(counter -> counts.put(counter.getId().getName(), counter.count()));
        return counts;
    }

    Timer latency() {
        return latency;
    }

    private void read(KafkaConsumer<String, byte[]> reading, BooleanSupplier closed) {
        List<TopicPartition> partitions = TopicPartitions.await(reading, TOPICS, closed);
        reading.assign(partitions);
        List<TopicPartition> deadLetters = new ArrayList<>();
        List<TopicPartition> others = new ArrayList<>();
        partitions.forEach(p -> (p.topic().equals(Topics.DEAD_LETTERS) ? deadLetters : others).add(p));
        reading.seekToBeginning(deadLetters);
        reading.seekToEnd(others);
        while (!closed.getAsBoolean()) {
            for (ConsumerRecord<String, byte[]> record : reading.poll(POLL)) count(record);
        }
    }

    void count(ConsumerRecord<String, byte[]> record) {
        Counter counter = counters.get(record.topic());
        if (counter != null) counter.increment();
        if (record.topic().equals(Topics.ARTICLES) && record.key() != null) {
            ingestedByArticle.put(record.key(), Topics.ingestedAt(record.headers()).orElse(clock.instant()));
        } else if (record.topic().equals(Topics.FACT_UPDATES) && record.value() != null && !ingestedByArticle.isEmpty()) {
            try {
                String cause = updates.deserialize(record.topic(), record.headers(), record.value()).getCause();
                Instant ingested = ingestedByArticle.remove(cause);
                if (ingested != null) latency.record(Duration.between(ingested, clock.instant()));
            } catch (RuntimeException e) {
                LOG.warn("pipeline monitor: cannot read {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
            }
        }
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    @Override
    public void close() {
        reader.close();
    }
}
