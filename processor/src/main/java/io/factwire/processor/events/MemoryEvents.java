package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** An {@link EventStore} in plain maps: for tests, benchmarks and offline runs. Not thread-safe. */
public final class MemoryEvents implements EventStore {

    private final Map<String, EventState> events = new HashMap<>();
    private final Map<String, List<String>> blocks = new HashMap<>();
    private final NavigableMap<String, String> expiries = new TreeMap<>();
    private long clock = Long.MIN_VALUE;

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
        events.remove(id);
    }

    @Override
    public List<String> block(String key) {
        return blocks.getOrDefault(key, List.of());
    }

    @Override
    public void putBlock(String key, List<String> eventIds) {
        if (eventIds.isEmpty()) blocks.remove(key);
        else blocks.put(key, List.copyOf(eventIds));
    }

    @Override
    public long clock() {
        return clock;
    }

    @Override
    public void clock(long ingested) {
        clock = ingested;
    }

    @Override
    public void scheduleExpiry(long at, String eventId) {
        expiries.put(ExpiryKeys.of(at, eventId), eventId);
    }

    @Override
    public void cancelExpiry(long at, String eventId) {
        expiries.remove(ExpiryKeys.of(at, eventId));
    }

    @Override
    public List<String> takeExpired(long now) {
        NavigableMap<String, String> due = expiries.headMap(ExpiryKeys.upTo(now), false);
        List<String> ids = new ArrayList<>(due.values());
        due.clear();
        return ids;
    }

    /** Open events: for tests. */
    public int openEvents() {
        return events.size();
    }

    /** Blocking keys in use: for tests. */
    public int blockingKeys() {
        return blocks.size();
    }
}
