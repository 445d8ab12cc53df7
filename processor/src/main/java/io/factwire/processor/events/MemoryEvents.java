package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** An {@link EventStore} in plain maps: for tests, benchmarks and offline runs. Not thread-safe. */
public final class MemoryEvents implements EventStore {

    private final Map<Long, EventState> events = new HashMap<>();
    private final Map<String, FeatureEntry> features = new HashMap<>();
    private final NavigableMap<String, String> expiries = new TreeMap<>();
    private int open;
    private long clock = Long.MIN_VALUE;

    @Override
    public EventState event(long handle) {
        return events.get(handle);
    }

    @Override
    public void putEvent(EventState event) {
        events.put(FeatureEntry.handle(event.id()), event);
    }

    @Override
    public void removeEvent(String id) {
        events.remove(FeatureEntry.handle(id));
    }

    @Override
    public FeatureEntry feature(String feature) {
        return features.getOrDefault(feature, FeatureEntry.NONE);
    }

    @Override
    public void feature(String feature, FeatureEntry entry) {
        if (entry.isEmpty()) features.remove(feature);
        else features.put(feature, entry);
    }

    @Override
    public int openEvents() {
        return open;
    }

    @Override
    public void openEvents(int count) {
        open = count;
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

    /** The sizes of every structure, for tests of retention: all zero once every event expired. */
    public String sizes() {
        return "events=" + events.size() + " features=" + features.size()
                + " expiries=" + expiries.size() + " open=" + open;
    }
}
