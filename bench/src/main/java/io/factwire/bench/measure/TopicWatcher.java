package io.factwire.bench.measure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads output topics as a downstream reader sees them (read_committed: exactly-once output becomes visible when
 * its transaction commits) on a thread of its own, and hands every record to a sink with the time it arrived
 * ({@link System#nanoTime()}). Values stay raw bytes: decoding is the sink's business, and only where it is needed.
 */
public final class TopicWatcher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    /** Receives records on the watcher's thread. */
    @FunctionalInterface
    public interface Sink {
        void accept(ConsumerRecord<byte[], byte[]> record, long receivedNanos);
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicLong records = new AtomicLong();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    /** The reader's positions after its latest poll, for {@link #awaitCaughtUp}. */
    private volatile Map<TopicPartition, Long> positions = Map.of();

    private TopicWatcher(String bootstrapServers, Map<TopicPartition, Long> from, Sink sink) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "factwire-bench-watcher",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.assign(List.copyOf(from.keySet()));
        from.forEach(consumer::seek);
        thread = new Thread(() -> run(sink), "factwire-bench-watcher");
        thread.setDaemon(true);
    }

    /** Starts reading every partition of {@code from} at its offset. */
    public static TopicWatcher start(String bootstrapServers, Map<TopicPartition, Long> from, Sink sink) {
        TopicWatcher watcher = new TopicWatcher(bootstrapServers, from, sink);
        watcher.thread.start();
        return watcher;
    }

    private void run(Sink sink) {
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(POLL);
                long now = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    sink.accept(record, now);
                }
                records.addAndGet(batch.count());
                Map<TopicPartition, Long> read = new HashMap<>();
                consumer.assignment().forEach(partition -> read.put(partition, consumer.position(partition)));
                positions = read;
            }
        } catch (WakeupException closing) {
            // close() woke the poll up
        } catch (RuntimeException e) {
            failure.set(e);
        } finally {
            consumer.close(CLOSE_TIMEOUT);
            stopped.countDown();
        }
    }

    /**
     * Waits until the reader has read up to {@code ends} (end offsets taken once the writer was done), so that the
     * sink has seen every committed record before it is closed.
     */
    public void awaitCaughtUp(Map<TopicPartition, Long> ends, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(ends)) {
            if (System.nanoTime() > deadline || failure.get() != null || stopped.getCount() == 0) {
                throw new IllegalStateException("the output reader did not reach " + ends + " within " + timeout
                        + " (at " + positions + ")");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private boolean caughtUp(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> at = positions;
        return ends.entrySet().stream().allMatch(end -> at.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    /** Records handed to the sink so far. */
    public long records() {
        return records.get();
    }

    /** Stops reading; after it returns, the sink has seen its last record. A failure of the reader surfaces here. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        stopped.await();
        RuntimeException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("reading the output topics failed: " + e, e);
        }
    }
}
