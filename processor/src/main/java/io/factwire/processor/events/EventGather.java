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

/**
 * Puts an article and its event id back together, whichever arrives first. The store holds only articles (or ids)
 * still waiting for their other half, so it stays as small as the sequencer's lag.
 *
 * <p>A move (the article's event was absorbed by another) comes after the article's own assignment, on the same
 * partition: if the article is still waiting, it simply leaves with the new event id; if it has left already, the
 * move goes on downstream.
 */
final class EventGather implements FixedKeyProcessor<String, GatherInput, Gathered> {

    static final String PENDING_STORE = "events-pending";

    private FixedKeyProcessorContext<String, Gathered> context;
    private KeyValueStore<String, GatherInput> pending;

    static FixedKeyProcessorSupplier<String, GatherInput, Gathered> supplier() {
        StoreBuilder<?> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), EventSerdes.GATHER);
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, GatherInput, Gathered> get() {
                return new EventGather();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Gathered> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, GatherInput> record) {
        GatherInput waiting = pending.get(record.key());
        if (waiting == null && record.value().moved()) {
            context.forward(record.withValue(new Gathered.Moved(new ArticleMove(record.key(), record.value().eventId()))));
            return;
        }
        GatherInput gathered = waiting == null ? record.value() : record.value().with(waiting);
        if (!gathered.complete()) {
            pending.put(record.key(), gathered);
            return;
        }
        pending.delete(record.key());
        Article article = Article.newBuilder(gathered.article()).setEvent(gathered.eventId()).build();
        // Both halves carry the timestamp of the article's record: repartitioning keeps it.
        context.forward(record.withValue(new Gathered.InEvent(article)));
    }
}
