package io.factwire.processor.events;

import java.util.List;

/**
 * Where {@link EventIndex} keeps its state: open events, the blocking lists that lead from a feature to the open
 * events having it, how many open events have each feature, the expiry queue and the ingest-time clock. Kafka state
 * stores back it in the stage ({@link StateStoreEvents}); maps back it in tests and offline runs
 * ({@link MemoryEvents}).
 */
public interface EventStore {

    EventState event(String id);

    void putEvent(EventState event);

    void removeEvent(String id);

    /** Ids of the open events listed under a feature, most recently listed first; empty when none. */
    List<String> listed(String feature);

    /** Replaces the list under a feature; an empty list removes it. */
    void list(String feature, List<String> eventIds);

    /** How many open events have the feature in their centroid. */
    int eventsWith(String feature);

    /** Sets that count; 0 removes it. */
    void eventsWith(String feature, int count);

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
