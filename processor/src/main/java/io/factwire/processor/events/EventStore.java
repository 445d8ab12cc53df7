package io.factwire.processor.events;

import java.util.List;

/**
 * Where {@link EventIndex} keeps its state: open events, the blocking lists that lead from a feature to the events
 * that have it, the expiry queue and the ingest-time clock. Kafka state stores back it in the stage
 * ({@link StateStoreEvents}); a map backs it in tests and benchmarks ({@link MemoryEvents}).
 */
public interface EventStore {

    EventState event(String id);

    void putEvent(EventState event);

    void removeEvent(String id);

    /** Ids of the open events listed under a blocking key, newest first; empty when none. */
    List<String> block(String key);

    /** Replaces the list under a blocking key; an empty list removes the key. */
    void putBlock(String key, List<String> eventIds);

    /** Latest ingestion time seen, or {@link Long#MIN_VALUE} before the first article. */
    long clock();

    void clock(long ingested);

    /** Marks an event to expire once the clock passes {@code at}. */
    void scheduleExpiry(long at, String eventId);

    void cancelExpiry(long at, String eventId);

    /** Removes and returns the ids of events scheduled to expire at or before {@code now}. */
    List<String> takeExpired(long now);
}
