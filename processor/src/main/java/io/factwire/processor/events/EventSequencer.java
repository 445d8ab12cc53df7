package io.factwire.processor.events;

import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The one place where articles meet every open event: runs on the single partition of {@value EventStage#ASSIGN}
 * and assigns each article's features to an event. Keyed by article id in and out.
 */
final class EventSequencer implements Processor<String, EventFeatures, String, Assignment> {

    static final String EVENTS_STORE = "events-open";
    static final String LISTS_STORE = "events-lists";
    static final String FEATURES_STORE = "events-features";
    static final String EXPIRY_STORE = "events-expiry";
    static final String COUNTERS_STORE = "events-counters";

    private final EventConfig config;
    private ProcessorContext<String, Assignment> context;
    private EventIndex index;

    private EventSequencer(EventConfig config) {
        this.config = config;
    }

    static ProcessorSupplier<String, EventFeatures, String, Assignment> supplier(EventConfig config) {
        Set<StoreBuilder<?>> stores = Set.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_STORE), Serdes.String(), EventSerdes.STATE),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LISTS_STORE), Serdes.String(), EventSerdes.IDS),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FEATURES_STORE), Serdes.String(), Serdes.Integer()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EXPIRY_STORE), Serdes.String(), Serdes.String()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COUNTERS_STORE), Serdes.String(), Serdes.Long()));
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, EventFeatures, String, Assignment> get() {
                return new EventSequencer(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return stores;
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Assignment> context) {
        this.context = context;
        this.index = new EventIndex(new StateStoreEvents(context.getStateStore(EVENTS_STORE),
                context.getStateStore(LISTS_STORE), context.getStateStore(FEATURES_STORE),
                context.getStateStore(EXPIRY_STORE), context.getStateStore(COUNTERS_STORE)), config);
    }

    @Override
    public void process(Record<String, EventFeatures> record) {
        context.forward(record.withValue(index.assign(record.value())));
    }
}
