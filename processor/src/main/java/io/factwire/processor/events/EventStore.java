package io.factwire.processor.events;

import java.util.List;

/**
 * Where {@link EventIndex} keeps its state: open events, the blocking lists that lead from a feature to the open
 * events having it, how many open events have each feature, the expiry queue and the ingest-time clock. Kafka state
 * stores back it in the stage ({@link StateStoreEvents}); maps back it in tests and offline runs
 * ({@link MemoryEvents}).
 */
public interface EventStore {

    /** The open event with this {@linkplain FeatureEntry#handle handle}, or null. */
    EventState event(long handle);

    /** The open event with this id, or null. */
    default EventState event(String id) {
        EventState event = event(FeatureEntry.handle(id));
        return event != null && event.id().equals(id) ? event : null;
    }

    void putEvent(EventState event);

    void removeEvent(String id);

    /** The feature's count of open events and blocking list; {@link FeatureEntry#NONE} when neither exists. */
    FeatureEntry feature(String feature);

    /** Replaces what is kept under a feature; an {@linkplain FeatureEntry#isEmpty empty} entry removes it. */
    void feature(String feature, FeatureEntry entry);

    int openEvents();

    void openEvents(int count);

    /** Latest ingestion time seen, or {@link Long#MIN_VALUE} before the first article. */
    long clock();

    void clock(long ingested);

    /** Marks an event to expire once the clock passes {@code at}. */
    void scheduleExpiry(long at, String eventId);

    void cancelExpiry(long at, String eventId);

    /** Removes and returns the ids of the events due to expire at or before {@code now}. */
    List<String> takeExpired(long now);
}
