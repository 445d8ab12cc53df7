package io.factwire.processor.serving;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.avro.Event;
import io.factwire.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events, the duplicates and a summary of each unique article, kept in memory from their topics. The topology
 * keeps no queryable store of these, and they are small: every instance reads the whole of
 * {@code events} (compacted), {@code articles-duplicates} and {@code articles-unique} with its own read_committed
 * consumer (no consumer group), so any instance answers for all of them without asking the others. Until it has
 * read up to the end offsets it found on start it is not {@link #ready()}: the API answers 503 rather than a part.
 */
final class CommittedTopicsCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommittedTopicsCache.class);
    /** Duplicates and article summaries are bounded (oldest dropped first); events are compacted and kept whole. */
    static final int MAX_ENTRIES = 200_000;
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumerConfig;
    private final Deserializer<Event> events;
    private final Deserializer<Duplicate> duplicates;
    private final Deserializer<Article> articles;
    private final Map<String, Event> eventsById = new ConcurrentHashMap<>();
    private final Map<String, Duplicate> duplicateLinks = bounded();
    private final Map<String, ArticleSummary> articlesById = bounded();
    private final ConsumerThread reader;
    private volatile boolean ready;

    CommittedTopicsCache(Map<String, Object> consumerConfig, Topics topics) {
        this.consumerConfig = ConsumerConfigs.readCommitted(consumerConfig, "cache");
        this.events = topics.events().valueSerde().deserializer();
        this.duplicates = topics.duplicates().valueSerde().deserializer();
        this.articles = topics.articlesUnique().valueSerde().deserializer();
        this.reader = new ConsumerThread("factwire-serving-cache", this.consumerConfig, this::read, e -> {
            LOG.error("serving cache stopped: /api/events and /api/duplicates will answer 503", e);
            ready = false;
        });
    }

    void start() {
        reader.start();
    }

    boolean ready() {
        return ready;
    }

    List<Event> events() {
        requireReady();
        return new ArrayList<>(eventsById.values());
    }

    Optional<Event> event(String id) {
        requireReady();
        return Optional.ofNullable(eventsById.get(id));
    }

    List<Duplicate> duplicates() {
        requireReady();
        synchronized (duplicateLinks) {
            return new ArrayList<>(duplicateLinks.values());
        }
    }

    Optional<ArticleSummary> article(String id) {
        requireReady();
        synchronized (articlesById) {
            return Optional.ofNullable(articlesById.get(id));
        }
    }

    private void requireReady() {
        if (!ready) {
            throw ApiException.unavailable("this instance is still reading the events, articles-duplicates and "
                    + "articles-unique topics; retry shortly");
        }
    }

    private void read(KafkaConsumer<String, byte[]> reading, BooleanSupplier closed) {
        List<TopicPartition> partitions = TopicPartitions.await(reading,
                List.of(Topics.EVENTS, Topics.ARTICLES_DUPLICATES, Topics.ARTICLES_UNIQUE), closed);
        reading.assign(partitions);
        reading.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(reading.endOffsets(partitions));
        while (!closed.getAsBoolean()) {
            for (ConsumerRecord<String, byte[]> record : reading.poll(POLL)) apply(record);
            if (!ready) {
                end.entrySet().removeIf(target -> reading.position(target.getKey()) >= target.getValue());
                if (end.isEmpty()) {
                    ready = true;
                    LOG.info("serving cache loaded: {} events, {} duplicates, {} articles",
                            eventsById.size(), duplicateLinks.size(), articlesById.size());
                }
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            switch (record.topic()) {
                case Topics.EVENTS -> {
                    if (record.value() == null) eventsById.remove(record.key());
                    else eventsById.put(record.key(), events.deserialize(record.topic(), record.headers(), record.value()));
                }
                case Topics.ARTICLES_DUPLICATES -> {
                    if (record.value() == null) return;
                    Duplicate duplicate = duplicates.deserialize(record.topic(), record.headers(), record.value());
                    synchronized (duplicateLinks) {
                        // A copy that matches two groups of copies is linked to both: one entry per link.
                        duplicateLinks.put(duplicate.getArticle() + '\u0000' + duplicate.getOriginal(), duplicate);
                    }
                }
                case Topics.ARTICLES_UNIQUE -> {
                    if (record.value() == null) return;
                    ArticleSummary summary = ArticleSummary.of(articles.deserialize(record.topic(), record.headers(), record.value()));
                    synchronized (articlesById) {
                        articlesById.put(summary.id(), summary);
                    }
                }
                default -> LOG.warn("serving cache: unexpected topic {}", record.topic());
            }
        } catch (RuntimeException e) {
            // The topology dead-letters bad records itself; the cache can only say which one it could not show.
            LOG.warn("serving cache: cannot read {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                    record.offset(), record.key(), e.toString());
        }
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }

    @Override
    public void close() {
        reader.close();
    }
}
