package io.factwire.stack;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * The one wait for freshly created topics to take writes. It lives here, in the lowest module (kafka-clients only in
 * what it uses), so that the pipeline's topic setup, ingest, the bench and every integration test share it.
 */
public final class KafkaReady {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private KafkaReady() {
    }

    /**
     * Returns once {@code Admin.listOffsets} succeeds on every partition of {@code topics}, i.e. every partition has
     * a leader that serves it. Producing before that can lose the first batch without an error reaching the
     * producer's caller (KAFKA-15591: the batch expires with OUT_OF_ORDER_SEQUENCE_NUMBER). Retriable errors are
     * retried until {@code timeout}; any other error is rethrown at once.
     *
     * @throws TimeoutException naming the topics and the last error when {@code timeout} passes first
     */
    public static void awaitTopicsReady(Admin admin, Collection<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastFailure = null;
        do {
            try {
                Map<String, TopicDescription> described =
                        await(admin.describeTopics(topics).allTopicNames(), deadline, "describe topics " + topics);
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                described.values().forEach(topic -> topic.partitions().forEach(partition ->
                        latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
                await(admin.listOffsets(latest).all(), deadline, "list the offsets of " + topics);
                return;
            } catch (RetriableException notYet) {
                lastFailure = notYet;
                pause();
            }
        } while (System.nanoTime() < deadline);
        throw new TimeoutException("topics " + topics + " were not writable within " + timeout
                + (lastFailure == null ? "" : ": " + lastFailure.getMessage()), lastFailure);
    }

    /**
     * The future's value, waiting at most until {@code deadline} ({@link System#nanoTime()}); its failure rethrown
     * as is when it is a runtime exception (Kafka's are), so callers can catch by type.
     *
     * @throws TimeoutException when the deadline passes first
     */
    public static <T> T await(KafkaFuture<T> future, long deadline, String what) {
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("could not " + what + ": " + failed.getCause(), failed.getCause());
        } catch (java.util.concurrent.TimeoutException late) {
            throw new TimeoutException("could not " + what + " before the deadline", late);
        } catch (InterruptedException interrupted) {
            throw new InterruptException("interrupted while waiting to " + what, interrupted);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException interrupted) {
            throw new InterruptException("interrupted while waiting for topics to take writes", interrupted);
        }
    }
}
