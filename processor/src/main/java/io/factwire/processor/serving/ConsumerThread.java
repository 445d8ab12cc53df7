package io.factwire.processor.serving;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A daemon thread that owns one read_committed consumer and runs a reading loop on it until closed. Closing wakes
 * the consumer out of a blocking poll, so the server stops promptly. What the serving caches and monitors run on.
 */
final class ConsumerThread implements AutoCloseable {

    /** The reading loop: runs until {@code closed} answers true (or throws). */
    interface Loop {
        void run(KafkaConsumer<String, byte[]> consumer, BooleanSupplier closed);
    }

    private final Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean closed;

    /** @param onFailure told when the loop ends on an error (never for a close) */
    ConsumerThread(String name, Map<String, Object> consumerConfig, Loop loop, Consumer<RuntimeException> onFailure) {
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(() -> run(consumerConfig, loop, onFailure));
    }

    void start() {
        thread.start();
    }

    private void run(Map<String, Object> consumerConfig, Loop loop, Consumer<RuntimeException> onFailure) {
        try (KafkaConsumer<String, byte[]> reading = ConsumerConfigs.bytesConsumer(consumerConfig)) {
            consumer = reading;
            if (!closed) loop.run(reading, () -> closed);
        } catch (WakeupException e) {
            if (!closed) onFailure.accept(e);
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) current.wakeup();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
