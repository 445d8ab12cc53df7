package io.factwire.ingest;

import io.factwire.avro.Article;
import io.factwire.ingest.input.ParsedArticle;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Publishes articles to the articles topic: key = article id, value = the Avro {@link Article}, record
 * timestamp = publication time when known (else ingest time), headers {@value #SOURCE_HEADER} and
 * {@value Topics#INGESTED_HEADER}.
 *
 * <p>An article counts as published only once the broker acknowledged it. After the first failure nothing
 * more is sent (an idempotent producer cannot keep order past a failed batch, and a broker that is down
 * would only make each later article wait out the same timeout): the rest of the input is still read, so
 * the result names every article that was not sent.
 */
public final class ArticlePublisher implements AutoCloseable {

    public static final String SOURCE_HEADER = "factwire.source";
    public static final int MAX_IDS_REPORTED = 20;

    private final Producer<String, Article> producer;
    private final String topic;
    private final IngestClock ingestClock;
    private final AutoCloseable registry;

    /**
     * A publisher with {@link ProducerSettings#defaults} (30 s timeout) and {@code producerOverrides} on top.
     *
     * @param registryUrl the Confluent-compatible schema registry the Avro values are registered with
     */
    public ArticlePublisher(String bootstrapServers, String registryUrl, String topic,
                            Map<String, ?> producerOverrides) {
        this(new Topics(SerdeConfig.forRegistry(registryUrl)), topic,
                ProducerSettings.with(bootstrapServers, ProducerSettings.DEFAULT_TIMEOUT, producerOverrides));
    }

    private ArticlePublisher(Topics topics, String topic, Map<String, Object> producerConfig) {
        this(newProducer(topics, producerConfig), topic, Clock.systemUTC(), topics);
    }

    ArticlePublisher(Producer<String, Article> producer, String topic, Clock clock, AutoCloseable registry) {
        this.producer = producer;
        this.topic = topic;
        this.ingestClock = new IngestClock(clock);
        this.registry = registry;
    }

    private static Producer<String, Article> newProducer(Topics topics, Map<String, Object> config) {
        Topic<String, Article> articles = topics.articles();
        try {
            return new KafkaProducer<>(config, articles.keySerde().serializer(), articles.valueSerde().serializer());
        } catch (RuntimeException e) {
            topics.close();
            throw e;
        }
    }

    public String topic() {
        return topic;
    }

    public PublishResult publish(Stream<ParsedArticle> articles) {
        return publish(articles, PublishListener.NONE);
    }

    /** For articles already in a collection (the demo's, a benchmark's replay). */
    public PublishResult publish(Iterable<ParsedArticle> articles) {
        return publish(StreamSupport.stream(articles.spliterator(), false), PublishListener.NONE);
    }

    /**
     * Sends every article of the stream, in order, and waits until the broker has acknowledged or refused
     * each one. If the stream itself throws (a strict read stopping at a bad input), what was sent is still
     * flushed before the exception propagates.
     */
    public PublishResult publish(Stream<ParsedArticle> articles, PublishListener listener) {
        Outcome outcome = new Outcome(listener);
        long started = System.nanoTime();
        // forEachOrdered, not iterator(): pulling through flatMap would buffer a whole file (or all of stdin)
        // before the first article is sent.
        try (articles) {
            articles.forEachOrdered(article -> {
                if (outcome.failed()) {
                    outcome.notSent(article.id(), null);
                } else {
                    send(article, outcome);
                }
            });
        } finally {
            producer.flush();
        }
        return outcome.result(Duration.ofNanos(System.nanoTime() - started));
    }

    private void send(ParsedArticle article, Outcome outcome) {
        Instant ingested = ingestClock.next();
        RecordHeaders headers = new RecordHeaders();
        headers.add(SOURCE_HEADER, article.position().toString().getBytes(StandardCharsets.UTF_8));
        Topics.addIngested(headers, ingested);
        ProducerRecord<String, Article> record = new ProducerRecord<>(topic, null, timestamp(article, ingested),
                article.id(), article.toAvro(ingested), headers);
        String id = article.id();
        try {
            producer.send(record, (RecordMetadata metadata, Exception error) -> {
                if (error == null) {
                    outcome.acknowledged(id, Math.max(0, metadata.serializedKeySize())
                            + (long) Math.max(0, metadata.serializedValueSize()));
                } else {
                    outcome.notSent(id, error);
                }
            });
        } catch (KafkaException e) {
            // Thrown before the record is queued: serialization (registry unreachable) or a fatal producer state.
            outcome.notSent(id, e);
        }
    }

    /** Publication time when known, else ingest time (Kafka has no timestamps before 1970). */
    static long timestamp(ParsedArticle article, Instant ingested) {
        Instant published = article.published();
        return published != null && published.toEpochMilli() >= 0 ? published.toEpochMilli() : ingested.toEpochMilli();
    }

    /** Closes the producer (sending what is still buffered, within its delivery timeout) and the registry client. */
    @Override
    public void close() {
        try {
            producer.close();
        } finally {
            try {
                registry.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the schema registry client", e);
            }
        }
    }

    /** The running tally of one publish, updated from the caller's thread and the producer's I/O thread. */
    private static final class Outcome {
        private final PublishListener listener;
        private final AtomicLong acknowledged = new AtomicLong();
        private final AtomicLong notSent = new AtomicLong();
        private final List<String> firstIds = new ArrayList<>();
        private final AtomicReference<Exception> firstError = new AtomicReference<>();

        Outcome(PublishListener listener) {
            this.listener = listener;
        }

        boolean failed() {
            return firstError.get() != null;
        }

        void acknowledged(String id, long bytes) {
            acknowledged.incrementAndGet();
            listener.acknowledged(id, bytes);
        }

        void notSent(String id, Exception error) {
            if (error != null) {
                firstError.compareAndSet(null, error);
            }
            notSent.incrementAndGet();
            synchronized (firstIds) {
                if (firstIds.size() < MAX_IDS_REPORTED) {
                    firstIds.add(id);
                }
            }
            listener.notSent(id, error != null ? error : firstError.get());
        }

        PublishResult result(Duration elapsed) {
            Exception error = firstError.get();
            synchronized (firstIds) {
                return new PublishResult(acknowledged.get(), notSent.get(), firstIds,
                        error == null ? null : describe(error), elapsed);
            }
        }

        private static String describe(Exception error) {
            String message = error.getMessage() == null ? "" : ": " + error.getMessage();
            return error.getClass().getSimpleName() + message;
        }
    }
}
