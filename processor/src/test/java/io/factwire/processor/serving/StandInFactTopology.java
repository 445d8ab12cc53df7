package io.factwire.processor.serving;

import io.factwire.avro.FactState;
import io.factwire.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * A topology with the fact store exactly as the serving side expects it from FactStage: store
 * {@value ServingOptions#DEFAULT_FACT_STORE}, keyed by fact key, in the partition of the fact's EVENT (repartitioned
 * by event id with the default partitioner). It fills the store from the {@code facts} topic, so tests control the
 * facts by publishing FactStates. Tombstones are ignored (the tests never remove a fact).
 */
final class StandInFactTopology {

    private StandInFactTopology() {}

    static Topology build(Topics topics) {
        Serde<FactState> facts = topics.facts().valueSerde();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ServingOptions.DEFAULT_FACT_STORE), Serdes.String(), facts));
        builder.stream(Topics.FACTS, Consumed.with(Serdes.String(), facts).withName("standin-facts-source"))
                .filter((key, fact) -> fact != null, Named.as("standin-skip-tombstones"))
                .map((key, fact) -> KeyValue.pair(fact.getEvent(), fact), Named.as("standin-key-by-event"))
                .repartition(Repartitioned.<String, FactState>as("facts-by-event")
                        .withKeySerde(Serdes.String()).withValueSerde(facts))
                .process(StoreFacts::new, Named.as("standin-store-facts"), ServingOptions.DEFAULT_FACT_STORE);
        return builder.build();
    }

    private static final class StoreFacts implements Processor<String, FactState, Void, Void> {
        private KeyValueStore<String, FactState> store;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(ServingOptions.DEFAULT_FACT_STORE);
        }

        @Override
        public void process(Record<String, FactState> record) {
            store.put(record.value().getKey(), record.value());
        }
    }
}
