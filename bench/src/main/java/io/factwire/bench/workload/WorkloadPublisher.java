package io.factwire.bench.workload;

import io.factwire.avro.Article;
import io.factwire.ingest.IngestClock;
import io.factwire.ingest.ProducerSettings;
import io.factwire.schemas.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjLongConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends workload items to the articles topic as ingest does (key = id, Avro value, idempotent producer with
 * ingest's settings), except that the record timestamp is the wall-clock time of the send: the benchmark measures
 * from when an article entered the pipeline, not from when it was written.
 */
public final class WorkloadPublisher implements AutoCloseable {

    private final KafkaProducer<String, Article> producer;
    private final String topic;
    private final IngestClock ingestClock = new IngestClock();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<Exception> firstError = new AtomicReference<>();

    /** @param lingerMs how long the producer may hold a record to fill a batch: ingest's 20 ms, or 0 for latency */
    public WorkloadPublisher(String bootstrapServers, Topic<String, Article> articles, int lingerMs) {
        this.topic = articles.name();
        this.producer = new KafkaProducer<>(ProducerSettings.with(bootstrapServers, ProducerSettings.DEFAULT_TIMEOUT,
                Map.of(ProducerConfig.CLIENT_ID_CONFIG, "factwire-bench", ProducerConfig.LINGER_MS_CONFIG, lingerMs)),
                articles.keySerde().serializer(), articles.valueSerde().serializer());
    }

    /** Sends {@code count} items as fast as the producer takes them and waits for every acknowledgement. */
    public void sendAll(Iterator<WorkloadItem> items, long count) {
        for (long i = 0; i < count; i++) {
            send(items.next());
        }
        flush();
    }

    /**
     * Sends items at {@code perSecond} on a fixed schedule (item {@code i} at start + i / rate, whatever the
     * previous sends took) for {@code duration}, telling {@code sent} each item's id and {@link System#nanoTime()}
     * just before the send.
     *
     * @return the largest delay of a send behind its schedule, in nanoseconds: large values mean the sender, not
     *         the pipeline, set the pace
     */
    public long sendAtRate(Iterator<WorkloadItem> items, double perSecond, Duration duration,
                           ObjLongConsumer<String> sent) throws InterruptedException {
        long count = (long) Math.floor(perSecond * duration.toNanos() / 1e9);
        long start = System.nanoTime();
        long worstDelay = 0;
        for (long i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            WorkloadItem item = items.next();
            long now = System.nanoTime();
            worstDelay = Math.max(worstDelay, now - due);
            sent.accept(item.id(), now);
            send(item);
        }
        flush();
        return worstDelay;
    }

    private void send(WorkloadItem item) {
        failIfBroken();
        Instant now = ingestClock.next();
        Article value = item.article().toAvro(now);
        producer.send(new ProducerRecord<>(topic, null, now.toEpochMilli(), item.id(), value), (metadata, error) -> {
            if (error == null) {
                acknowledged.incrementAndGet();
                bytes.addAndGet(Math.max(0, metadata.serializedKeySize()) + Math.max(0, metadata.serializedValueSize()));
            } else {
                firstError.compareAndSet(null, error);
            }
        });
    }

    private void flush() {
        producer.flush();
        failIfBroken();
    }

    private void failIfBroken() {
        Exception error = firstError.get();
        if (error != null) {
            throw new IllegalStateException("publishing the workload to " + topic + " failed: " + error, error);
        }
    }

    /** Articles the broker acknowledged. */
    public long acknowledged() {
        return acknowledged.get();
    }

    /** Key and value bytes of the acknowledged articles, before compression. */
    public long bytes() {
        return bytes.get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
