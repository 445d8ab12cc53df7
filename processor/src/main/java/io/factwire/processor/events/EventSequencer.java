package io.factwire.processor.events;

import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The one place where articles meet every open event: runs on the single partition of {@value EventStage#ASSIGN}
 * and assigns each article's features to an event. Keyed by article id in and out.
 */
final class EventSequencer implements Processor<String, EventFeatures, String, Assignment> {

    private final EventConfig config;
    private ProcessorContext<String, Assignment> context;
    private EventIndex index;

    private EventSequencer(EventConfig config) {
        this.config = config;
    }

    static ProcessorSupplier<String, EventFeatures, String, Assignment> supplier(EventConfig config) {
        Set<StoreBuilder<?>> stores = Set.of(StateStoreEvents.storeBuilder());
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
        // A fresh store view, whose in-memory caches start empty: init() runs again after any exactly-once abort.
        this.index = new EventIndex(new StateStoreEvents(context.getStateStore(StateStoreEvents.STORE)), config);
    }

    @Override
    public void process(Record<String, EventFeatures> record) {
        context.forward(record.withValue(index.assign(record.value())));
    }
}
