package io.factwire.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for freshly created topics to be writable. */
public final class KafkaReady {

    private static final long RETRY_MILLIS = 100;

    private KafkaReady() {
    }

    /**
     * Returns once {@code Admin.listOffsets} succeeds on every partition of {@code topics}, i.e. every partition has
     * a leader that serves it. Producing before that can lose the first batch without an error reaching the
     * producer's caller (KAFKA-15591: the batch expires with OUT_OF_ORDER_SEQUENCE_NUMBER).
     *
     * @throws IllegalStateException naming the topics and the last error when {@code timeout} passes first
     */
    public static void awaitTopicsReady(Admin admin, Collection<String> topics, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable lastError = null;
        while (true) {
            int remainingMillis = (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            try {
                Map<String, TopicDescription> described = admin
                        .describeTopics(topics, new DescribeTopicsOptions().timeoutMs(remainingMillis))
                        .allTopicNames().get(remainingMillis, TimeUnit.MILLISECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                described.values().forEach(topic -> topic.partitions().forEach(partition ->
                        latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
                admin.listOffsets(latest, new ListOffsetsOptions().timeoutMs(remainingMillis))
                        .all().get(remainingMillis, TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                lastError = e.getCause();
            } catch (TimeoutException e) {
                lastError = e;
            }
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RETRY_MILLIS) > deadline) {
                throw new IllegalStateException("topics " + topics + " not ready within " + timeout
                        + " (last error: " + lastError + ")", lastError);
            }
            Thread.sleep(RETRY_MILLIS);
        }
    }
}
