package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The {@link EventStore} of the sequencer task: four Kafka Streams key-value stores (RocksDB, changelogged). */
final class StateStoreEvents implements EventStore {

    /** The clock's single key in {@link #clock}. */
    private static final String CLOCK_KEY = "ingested";

    private final KeyValueStore<String, EventState> events;
    private final KeyValueStore<String, List<String>> blocks;
    private final KeyValueStore<String, String> expiries;
    private final KeyValueStore<String, Long> clock;

    StateStoreEvents(KeyValueStore<String, EventState> events, KeyValueStore<String, List<String>> blocks,
                     KeyValueStore<String, String> expiries, KeyValueStore<String, Long> clock) {
        this.events = events;
        this.blocks = blocks;
        this.expiries = expiries;
        this.clock = clock;
    }

    @Override
    public EventState event(String id) {
        return events.get(id);
    }

    @Override
    public void putEvent(EventState event) {
        events.put(event.id(), event);
    }

    @Override
    public void removeEvent(String id) {
        events.delete(id);
    }

    @Override
    public List<String> block(String key) {
        List<String> ids = blocks.get(key);
        return ids == null ? List.of() : ids;
    }

    @Override
    public void putBlock(String key, List<String> eventIds) {
        if (eventIds.isEmpty()) blocks.delete(key);
        else blocks.put(key, eventIds);
    }

    @Override
    public long clock() {
        Long value = clock.get(CLOCK_KEY);
        return value == null ? Long.MIN_VALUE : value;
    }

    @Override
    public void clock(long ingested) {
        clock.put(CLOCK_KEY, ingested);
    }

    @Override
    public void scheduleExpiry(long at, String eventId) {
        expiries.put(ExpiryKeys.of(at, eventId), eventId);
    }

    @Override
    public void cancelExpiry(long at, String eventId) {
        expiries.delete(ExpiryKeys.of(at, eventId));
    }

    @Override
    public List<String> takeExpired(long now) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> range = expiries.range(null, ExpiryKeys.upTo(now))) {
            range.forEachRemaining(due::add);
        }
        List<String> ids = new ArrayList<>(due.size());
        for (KeyValue<String, String> entry : due) {
            expiries.delete(entry.key);
            ids.add(entry.value);
        }
        return ids;
    }
}
