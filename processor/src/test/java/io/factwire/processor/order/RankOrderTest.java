package io.factwire.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.processor.serde.BinarySerde;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class RankOrderTest {

    record Item(SourcePosition source, long ingested) implements Ranked {}

    static final BinarySerde<Item> SERDE = new BinarySerde<>("test item", 1, (item, out) -> {
        out.writeInt(item.source().partition());
        out.writeLong(item.source().offset());
        out.writeLong(item.ingested());
    }, in -> new Item(new SourcePosition(in.readInt(), in.readLong()), in.readLong()));

    private static TopologyTestDriver driver() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), SERDE))
                .process(RankOrder.supplier(SERDE, 3, Duration.ofMillis(200), Duration.ofMillis(100), null, "in", null), Named.as(RankOrder.NAME))
                .to("out", Produced.with(Serdes.String(), SERDE));
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "rank-order-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(builder.build(), properties);
    }

    private static List<String> decided(List<String> arrivals) {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, Item> in = driver.createInputTopic("in", Serdes.String().serializer(), SERDE.serializer());
            TestOutputTopic<String, Item> out = driver.createOutputTopic("out", Serdes.String().deserializer(), SERDE.deserializer());
            for (String id : arrivals) in.pipeInput(id, item(id));
            assertThat(driver.getKeyValueStore(RankOrder.STORE).approximateNumEntries()).isPositive();
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            assertThat(driver.getKeyValueStore(RankOrder.STORE).approximateNumEntries()).isZero();
            return out.readKeyValuesToList().stream().map(record -> record.key).toList();
        }
    }

    /** Ids name their source: "p1-3" was read from partition 1 at offset 3, ingested at 100 + its rank letter. */
    private static Item item(String id) {
        String[] parts = id.split("-");
        return new Item(new SourcePosition(Integer.parseInt(parts[0].substring(1)), Long.parseLong(parts[1])),
                Long.parseLong(parts[2]));
    }

    @Test
    void aRecordThatCanGoOnAsItArrivesNeverEntersTheStore() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, Item> in = driver.createInputTopic("in", Serdes.String().serializer(), SERDE.serializer());
            TestOutputTopic<String, Item> out = driver.createOutputTopic("out", Serdes.String().deserializer(), SERDE.deserializer());
            in.pipeInput("p0-0-5", item("p0-0-5"));
            in.pipeInput("p1-0-6", item("p1-0-6"));
            assertThat(driver.getKeyValueStore(RankOrder.STORE).approximateNumEntries()).isEqualTo(2);
            // Every partition has something waiting and this one ranks first: it goes on at once.
            in.pipeInput("p2-0-1", item("p2-0-1"));
            assertThat(out.readKeyValuesToList()).extracting(record -> record.key).containsExactly("p2-0-1");
            assertThat(driver.getKeyValueStore(RankOrder.STORE).approximateNumEntries()).isEqualTo(2);
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            assertThat(out.readKeyValuesToList()).extracting(record -> record.key).containsExactly("p0-0-5", "p1-0-6");
        }
    }

    @Test
    void theDecisionOrderDoesNotDependOnHowThePartitionsInterleave() {
        List<String> inOrder = List.of("p0-0-1", "p1-0-2", "p2-0-3", "p0-1-4", "p1-1-5", "p2-1-6", "p0-2-7");
        List<String> byPartition = List.of("p2-0-3", "p2-1-6", "p0-0-1", "p0-1-4", "p0-2-7", "p1-0-2", "p1-1-5");

        assertThat(decided(byPartition)).isEqualTo(decided(inOrder)).isEqualTo(inOrder);
    }

    @Test
    void whatWentOutOfRankOrderIsCountedInTheTaskMetrics() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, Item> in = driver.createInputTopic("in", Serdes.String().serializer(), SERDE.serializer());
            in.pipeInput("p0-0-5", item("p0-0-5"));
            in.pipeInput("p1-0-6", item("p1-0-6"));
            // Partition 2 sends nothing for longer than max-wait: the two go with it taken for quiet.
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            // Then its record of lower rank arrives: decided after higher ones had gone.
            in.pipeInput("p2-0-1", item("p2-0-1"));
            driver.advanceWallClockTime(Duration.ofSeconds(1));

            assertThat(OrderMetrics.Totals.of(driver.metrics())).isEqualTo(new OrderMetrics.Totals(1, 3, 0));
        }
    }

    @Test
    void anIdleMergeSchedulesNothingSoAnIdleProcessorCommitsNothing() {
        // Kafka Streams marks a task that punctuated as needing a commit: a look-again punctuator that ran while
        // nothing waited made an idle processor commit a transaction every commit interval.
        MockProcessorContext<String, Item> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(0);
        KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RankOrder.STORE),
                Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        Processor<String, Item, String, Item> merge =
                RankOrder.supplier(SERDE, 2, Duration.ofMillis(200), Duration.ofMillis(100), null, "in", null).get();
        merge.init(context);
        assertThat(looking(context)).as("started with nothing waiting").isZero();

        context.setRecordMetadata("in", 0, 0);
        merge.process(new Record<>("p0-0-5", item("p0-0-5"), 0));
        assertThat(looking(context)).as("a record waits for partition 1").isOne();
        context.setRecordMetadata("in", 0, 1);
        merge.process(new Record<>("p0-1-6", item("p0-1-6"), 0));
        assertThat(looking(context)).as("one look for all that waits").isOne();
        merge.init(context);
        assertThat(looking(context)).as("after a restart of the task (its punctuators outlive it)").isOne();

        context.setCurrentSystemTimeMs(1_000);
        context.scheduledPunctuators().getFirst().getPunctuator().punctuate(1_000);
        assertThat(context.forwarded()).hasSize(2);
        assertThat(looking(context)).as("nothing waits any more").isZero();
    }

    private static long looking(MockProcessorContext<String, Item> context) {
        return context.scheduledPunctuators().stream().filter(punctuator -> !punctuator.cancelled()).count();
    }
}
