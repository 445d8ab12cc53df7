package io.factwire.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.processor.order.RankOrderTest.Item;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;

class RankHopsTest {

    private static Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        RankHops.through(builder.stream("in", Consumed.with(Serdes.String(), RankOrderTest.SERDE)), "hop", 3, RankOrderTest.SERDE)
                .process(RankOrder.supplier(RankOrderTest.SERDE, 3, Duration.ofMillis(200), Duration.ofMillis(100), null, "in",
                        "hop"), Named.as(RankOrder.NAME))
                .to("out", Produced.with(Serdes.String(), RankOrderTest.SERDE));
        return builder.build();
    }

    private static TopologyTestDriver driver() {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "rank-hops-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(topology(), properties);
    }

    @Test
    void eachSourcePartitionTakesAHopOfItsOwnAndAllAreReadByOneSubTopology() {
        List<TopologyDescription.Subtopology> readers = topology().describe().subtopologies().stream()
                .filter(sub -> sub.nodes().stream().anyMatch(node -> node.name().equals(RankOrder.NAME))).toList();
        assertThat(readers).hasSize(1);
        assertThat(readers.get(0).nodes().stream()
                .filter(node -> node instanceof TopologyDescription.Source)
                .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream()).sorted().toList())
                .containsExactly("hop-0-repartition", "hop-1-repartition", "hop-2-repartition");
        assertThat(RankHops.of(4, 3)).isEqualTo(1);
        assertThat(RankHops.of(-1, 3)).as("a record of no known partition").isEqualTo(2);
        assertThat(RankHops.topic("app", "hop", 2)).isEqualTo("app-hop-2-repartition");
    }

    @Test
    void onTheHopARecordIsStampedWithItsIngestTimeAndTheMergeGivesItsOwnBack() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, Item> in = driver.createInputTopic("in", Serdes.String().serializer(), RankOrderTest.SERDE.serializer());
            TestOutputTopic<String, Item> hop = driver.createOutputTopic("rank-hops-test-hop-1-repartition",
                    Serdes.String().deserializer(), RankOrderTest.SERDE.deserializer());
            TestOutputTopic<String, Item> out = driver.createOutputTopic("out", Serdes.String().deserializer(),
                    RankOrderTest.SERDE.deserializer());
            Instant published = Instant.parse("2020-01-01T00:00:00Z");
            in.pipeInput(new TestRecord<>("a", new Item(new SourcePosition(1, 0), 5_000), published));
            TestRecord<String, Item> onHop = hop.readRecord();
            assertThat(onHop.timestamp()).as("its rank's time").isEqualTo(5_000);
            assertThat(onHop.headers().lastHeader(RankHops.OWN_TIME)).isNotNull();
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            TestRecord<String, Item> decided = out.readRecord();
            assertThat(decided.key()).isEqualTo("a");
            assertThat(decided.getRecordTime()).as("its own time again").isEqualTo(published);
            assertThat(decided.headers().lastHeader(RankHops.OWN_TIME)).isNull();
        }
    }
}
