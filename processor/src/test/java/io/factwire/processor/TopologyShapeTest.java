package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.processor.internals.InternalTopicConfig;
import org.apache.kafka.streams.processor.internals.InternalTopologyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partition shape of the topology, read from the topology itself: how many hops, how many partitions each,
 * and that records never flow back into a sub-topology they came from.
 */
class TopologyShapeTest {

    @TempDir
    Path stateDir;

    @Test
    void fewHopsEachWithAnExplicitPartitionCountAndOnlyTheDecisionInOneTask() throws Exception {
        ProcessorConfig config = TestDrivers.config(stateDir).with(ProcessorConfig.PARTITIONS, "6");
        Map<String, Integer> topics = repartitionPartitions(FactwireTopology.buildTopology(config, article -> java.util.List.of()));

        System.out.println("repartition topics and their partitions (null: those of the hop before): " + topics);
        // The decision's hop is one topic of one partition per source partition, all read by one task: the one stage
        // still bound to one thread, every article's decision (dedup, then events) in one order. README.md
        // "Scaling out" says why, and what single-key blocking measured instead.
        Map<String, Integer> decisionHops = new TreeMap<>();
        topics.forEach((topic, partitions) -> {
            if (topic.matches(FactwireTopology.DECIDE_TOPIC + "-\\d+-repartition")) decisionHops.put(topic, partitions);
        });
        assertThat(decisionHops).as("the decision's hops").hasSize(6).allSatisfy((topic, partitions) -> assertThat(partitions).isEqualTo(1));
        assertThat(topics.size() - decisionHops.size() + 1).as("hops from articles to fact-updates").isLessThanOrEqualTo(3);
        topics.forEach((topic, partitions) -> {
            if (!decisionHops.containsKey(topic)) {
                // Without a count of its own a hop takes its upstream's: after the decision, that is claims-articles.
                assertThat(partitions).as("partitions of %s", topic).isIn(6, null);
            }
        });
    }

    @Test
    void recordsNeverFlowBackIntoASubTopologyTheyCameFrom() {
        Topology topology = FactwireTopology.buildTopology(TestDrivers.config(stateDir), article -> java.util.List.of());
        Map<Integer, Set<String>> reads = new HashMap<>();
        Map<Integer, Set<String>> writes = new HashMap<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    reads.computeIfAbsent(sub.id(), id -> new HashSet<>()).addAll(source.topicSet());
                }
                if (node instanceof TopologyDescription.Sink sink) {
                    writes.computeIfAbsent(sub.id(), id -> new HashSet<>()).add(sink.topic());
                }
            }
        }
        // Every sub-topology writes only to topics read by sub-topologies with a higher id (or by none).
        writes.forEach((writer, topics) -> reads.forEach((reader, read) -> {
            if (reader <= writer) {
                assertThat(read).as("sub-topology %d reads what %d writes", reader, writer).doesNotContainAnyElementsOf(topics);
            }
        }));
    }

    /** Each repartition topic of the topology with its configured partition count (null: inherited). */
    static Map<String, Integer> repartitionPartitions(Topology topology) throws Exception {
        Field field = Topology.class.getDeclaredField("internalTopologyBuilder");
        field.setAccessible(true);
        InternalTopologyBuilder builder = (InternalTopologyBuilder) field.get(topology);
        builder.setApplicationId("shape");
        Map<String, Integer> partitions = new TreeMap<>();
        builder.subtopologyToTopicsInfo().values().forEach(info -> info.repartitionSourceTopics.forEach(
                (name, topic) -> partitions.put(name.substring("shape-".length()), partitionsOf(topic))));
        return partitions;
    }

    private static Integer partitionsOf(InternalTopicConfig topic) {
        return topic.numberOfPartitions().orElse(null);
    }
}
