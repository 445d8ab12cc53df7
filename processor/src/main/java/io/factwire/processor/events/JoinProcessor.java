package io.factwire.processor.events;

import io.factwire.avro.Article;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Puts the sequencer's event id on the article; holds whichever of the two arrives first. */
final class JoinProcessor implements FixedKeyProcessor<String, JoinInput, Article> {
    static final String STORE = "events-pending";

    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, PendingJoin> pending;

    static FixedKeyProcessorSupplier<String, JoinInput, Article> supplier() {
        StoreBuilder<KeyValueStore<String, PendingJoin>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), EventSerdes.PENDING);
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, JoinInput, Article> get() {
                return new JoinProcessor();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, JoinInput> record) {
        PendingJoin state = pending.get(record.key());
        state = (state == null ? PendingJoin.EMPTY : state).with(record.value());
        if (!state.complete()) {
            pending.put(record.key(), state);
            return;
        }
        pending.delete(record.key());
        Article article = Article.newBuilder(state.article()).setEvent(state.eventId()).build();
        context.forward(record.withValue(article));
    }
}
