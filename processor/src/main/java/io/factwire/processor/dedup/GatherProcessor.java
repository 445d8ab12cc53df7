package io.factwire.processor.dedup;

import io.factwire.avro.Duplicate;
import java.time.Instant;
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
 * Holds an article until every bucket it probed has answered, then decides: a duplicate of the best match, or
 * unique. State lives only while replies are outstanding, so the store holds the in-flight articles and no more.
 */
final class GatherProcessor implements FixedKeyProcessor<String, GatherInput, Verdict> {
    static final String STORE = "dedup-gather";

    private FixedKeyProcessorContext<String, Verdict> context;
    private KeyValueStore<String, GatherState> pending;

    static FixedKeyProcessorSupplier<String, GatherInput, Verdict> supplier() {
        StoreBuilder<KeyValueStore<String, GatherState>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), DedupSerdes.GATHER);
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, GatherInput, Verdict> get() {
                return new GatherProcessor();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Verdict> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, GatherInput> record) {
        String id = record.key();
        GatherState state = pending.get(id);
        if (state == null) state = GatherState.EMPTY;
        GatherInput input = record.value();
        state = input.article() != null ? state.withArticle(input.article()) : state.withReply(input.reply());
        if (!state.complete()) {
            pending.put(id, state);
            return;
        }
        pending.delete(id);
        Match best = state.best();
        Duplicate duplicate = best == null ? null : new Duplicate(state.article().getId(), best.originalId(),
                best.kind(), best.similarity(), Instant.ofEpochMilli(record.timestamp()));
        context.forward(record.withValue(new Verdict(state.article(), duplicate)));
    }
}
