package io.factwire.processor.events;

import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;

/** Assigns each record's article to an event of the index (store {@value StateStoreEvents#STORE}), in arrival order. */
final class EventAssigner<T extends Featured> implements FixedKeyProcessor<String, T, Assigned<T>> {

    private final EventConfig config;
    private FixedKeyProcessorContext<String, Assigned<T>> context;
    private EventIndex index;

    private EventAssigner(EventConfig config) {
        this.config = config;
    }

    static <T extends Featured> FixedKeyProcessorSupplier<String, T, Assigned<T>> supplier(EventConfig config) {
        Set<StoreBuilder<?>> stores = Set.of(StateStoreEvents.storeBuilder());
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, T, Assigned<T>> get() {
                return new EventAssigner<>(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return stores;
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Assigned<T>> context) {
        this.context = context;
        // A fresh store view, whose in-memory caches start empty: init() runs again after any exactly-once abort.
        this.index = new EventIndex(new StateStoreEvents(context.getStateStore(StateStoreEvents.STORE)), config);
    }

    @Override
    public void process(FixedKeyRecord<String, T> record) {
        context.forward(record.withValue(new Assigned<>(record.value(), index.assign(record.value().features()))));
    }
}
