package io.factwire.app.chaos;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far the processor's consumer group has got: committed offsets, and what is left on its input topics. */
final class GroupProgress implements AutoCloseable {

    private final Admin admin;
    private final String group;
    private final String inputTopic;

    GroupProgress(String bootstrapServers, String group, String inputTopic) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
        this.group = group;
        this.inputTopic = inputTopic;
    }

    /** The sum of the group's committed offsets; -1 when the broker does not answer. */
    long committed() {
        try {
            return committedOffsets().values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
        } catch (Exception brokerDown) {
            return -1;
        }
    }

    /** Records not yet committed on the input topic and the group's repartition topics; -1 when unknown. */
    long lag() {
        try {
            Set<String> inputs = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(name -> name.equals(inputTopic) || name.startsWith(group + "-") && name.endsWith("-repartition"))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(inputs).allTopicNames().get(10, TimeUnit.SECONDS).values().forEach(topic -> topic.partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets();
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                // A committed offset may sit one past the end: the marker of the last transaction.
                lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
            }
            return lag;
        } catch (Exception brokerDown) {
            return -1;
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets() throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        admin.close();
    }
}
