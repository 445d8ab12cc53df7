package io.factwire.processor.serving;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The partitions of topics that may not exist yet when the server starts (the processor creates them). */
final class TopicPartitions {

    private static final Logger LOG = LoggerFactory.getLogger(TopicPartitions.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private TopicPartitions() {}

    /** Every partition of {@code topics}, waiting until each topic exists; empty if {@code stop} turns true first. */
    static List<TopicPartition> await(Consumer<?, ?> consumer, List<String> topics, BooleanSupplier stop) {
        boolean warned = false;
        while (!stop.getAsBoolean()) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = partitionsOf(consumer, topic);
                if (infos.isEmpty()) missing.add(topic);
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            if (missing.isEmpty()) return partitions;
            if (!warned) {
                LOG.info("waiting for topics {} to exist", missing);
                warned = true;
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    private static List<PartitionInfo> partitionsOf(Consumer<?, ?> consumer, String topic) {
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            return infos == null ? List.of() : infos;
        } catch (TimeoutException | UnknownTopicOrPartitionException e) {
            return List.of();
        }
    }
}
