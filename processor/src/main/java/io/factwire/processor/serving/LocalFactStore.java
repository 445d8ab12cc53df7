package io.factwire.processor.serving;

import io.factwire.avro.FactState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * This instance's part of the fact table: the active (never stale) partitions of the topology's fact state store,
 * keyed by fact key. Anything asked while the instance is not RUNNING, or of a store that is restoring or has just
 * moved, fails with a 503: a partial answer would look like a complete one.
 */
final class LocalFactStore {

    private final KafkaStreams streams;
    private final String storeName;

    LocalFactStore(KafkaStreams streams, String storeName) {
        this.streams = streams;
        this.storeName = storeName;
    }

    /** The fact with this key in {@code partition}, which must be one of this instance's active partitions. */
    Optional<FactState> get(String key, int partition) {
        return query(partition, store -> Optional.ofNullable(store.get(key)));
    }

    /** Every fact of one event: the facts of an event all live in its partition. */
    List<FactState> ofEvent(String event, int partition) {
        return query(partition, store -> {
            List<FactState> facts = new ArrayList<>();
            // The prefix also matches an event whose id extends this one with '/': the event field decides.
            try (KeyValueIterator<String, FactState> entries = store.prefixScan(event + "/", Serdes.String().serializer())) {
                entries.forEachRemaining(entry -> {
                    if (entry.value != null && event.equals(entry.value.getEvent())) facts.add(entry.value);
                });
            }
            return facts;
        });
    }

    /** Every fact of every active partition of this instance. */
    List<FactState> all() {
        return query(null, store -> {
            List<FactState> facts = new ArrayList<>();
            try (KeyValueIterator<String, FactState> entries = store.all()) {
                while (entries.hasNext()) {
                    KeyValue<String, FactState> entry = entries.next();
                    if (entry.value != null) facts.add(entry.value);
                }
            }
            return facts;
        });
    }

    String storeName() {
        return storeName;
    }

    private <T> T query(Integer partition, Function<ReadOnlyKeyValueStore<String, FactState>, T> read) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            throw ApiException.unavailable("this instance is " + state + ": store " + storeName
                    + " is restoring or moving; retry shortly");
        }
        StoreQueryParameters<ReadOnlyKeyValueStore<String, FactState>> parameters =
                StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore());
        if (partition != null) parameters = parameters.withPartition(partition);
        try {
            return read.apply(streams.store(parameters));
        } catch (InvalidStateStoreException e) {
            throw ApiException.unavailable("store " + storeName + (partition == null ? "" : " partition " + partition)
                    + " is not queryable here right now (" + e.getMessage() + "); retry shortly", e);
        }
    }
}
