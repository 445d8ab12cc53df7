package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The {@link EventStore} of the sequencer task, in Kafka Streams key-value stores (RocksDB, changelogged). */
final class StateStoreEvents implements EventStore {

    private static final String CLOCK = "ingested";
    private static final String OPEN = "open";

    private final KeyValueStore<String, EventState> events;
    private final KeyValueStore<String, List<String>> lists;
    private final KeyValueStore<String, Integer> featureCounts;
    private final KeyValueStore<String, String> expiries;
    private final KeyValueStore<String, Long> counters;

    StateStoreEvents(KeyValueStore<String, EventState> events, KeyValueStore<String, List<String>> lists,
                     KeyValueStore<String, Integer> featureCounts, KeyValueStore<String, String> expiries,
                     KeyValueStore<String, Long> counters) {
        this.events = events;
        this.lists = lists;
        this.featureCounts = featureCounts;
        this.expiries = expiries;
        this.counters = counters;
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
    public List<String> listed(String feature) {
        List<String> ids = lists.get(feature);
        return ids == null ? List.of() : ids;
    }

    @Override
    public void list(String feature, List<String> eventIds) {
        if (eventIds.isEmpty()) lists.delete(feature);
        else lists.put(feature, eventIds);
    }

    @Override
    public int eventsWith(String feature) {
        Integer count = featureCounts.get(feature);
        return count == null ? 0 : count;
    }

    @Override
    public void eventsWith(String feature, int count) {
        if (count == 0) featureCounts.delete(feature);
        else featureCounts.put(feature, count);
    }

    @Override
    public int openEvents() {
        Long open = counters.get(OPEN);
        return open == null ? 0 : open.intValue();
    }

    @Override
    public void openEvents(int count) {
        counters.put(OPEN, (long) count);
    }

    @Override
    public long clock() {
        Long value = counters.get(CLOCK);
        return value == null ? Long.MIN_VALUE : value;
    }

    @Override
    public void clock(long ingested) {
        counters.put(CLOCK, ingested);
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
