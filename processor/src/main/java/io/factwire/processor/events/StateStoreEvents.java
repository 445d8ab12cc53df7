package io.factwire.processor.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The {@link EventStore} of the decision task: one changelogged key-value store (RocksDB) whose keys carry a type
 * prefix, with the hot part of it in memory as objects.
 *
 * <p>One store rather than one per structure: every store is a changelog partition in each exactly-once
 * transaction, and a commit every 100 ms pays for each. The store's record cache coalesces the rewrites of hot keys
 * (the counters, the lists of common features) within a commit.
 *
 * <p>Reads go through bounded write-through caches of deserialized values, so a hot event is not decoded (centroid
 * and all) for every article that looks at it. They are filled lazily and die with this object, which the assigner
 * creates in {@code init()}: after restore and after any exactly-once abort, so they never hold uncommitted state.
 */
final class StateStoreEvents implements EventStore {

    static final String STORE = "events-state";

    /** Events by handle (hex), so that a blocking list's handles lead straight to them. */
    private static final String EVENT = "e/";
    private static final String FEATURE = "k/";
    private static final String EXPIRY = "x/";
    private static final String OPEN = "c/open";
    private static final String CLOCK = "c/ingested";
    /** Keys of the expiry queue start with this many digits of the expiry time; see {@link ExpiryKeys}. */
    private static final int EXPIRY_TIME_DIGITS = 19;

    // Sizes bound the heap: an event with its 160-feature centroid is some 15 KB, a feature's entry up to 64 handles.
    private static final int CACHED_EVENTS = 2_048;
    /**
     * Centroid features and article ids of the cached events, all told (some 100 bytes each on the heap): an event's
     * article list grows with it, and a replay of one story can make events of tens of thousands of articles.
     */
    private static final long CACHED_EVENT_ENTRIES = 200_000;
    private static final int CACHED_FEATURES = 65_536;

    private final KeyValueStore<String, byte[]> store;
    /** By handle: the blocking lists give handles, and a handle's hex form is needed only to read the store. */
    private final LruCache<Long, EventState> events = new LruCache<>(CACHED_EVENTS, CACHED_EVENT_ENTRIES,
            event -> 1 + event.centroid().size() + event.articles().size());
    private final LruCache<String, FeatureEntry> features = new LruCache<>(CACHED_FEATURES);
    private int open;
    private long clock;
    /** No expiry is due before this time (a lower bound: cancelling does not raise it). */
    private long nextExpiry;

    StateStoreEvents(KeyValueStore<String, byte[]> store) {
        this.store = store;
        byte[] openBytes = store.get(OPEN);
        this.open = openBytes == null ? 0 : (int) ByteBuffer.wrap(openBytes).getLong();
        byte[] clockBytes = store.get(CLOCK);
        this.clock = clockBytes == null ? Long.MIN_VALUE : ByteBuffer.wrap(clockBytes).getLong();
        this.nextExpiry = firstExpiry();
    }

    static StoreBuilder<KeyValueStore<String, byte[]>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled();
    }

    @Override
    public EventState event(long handle) {
        return events.getOrLoad(handle, key -> {
            byte[] bytes = store.get(EVENT + Long.toHexString(key));
            return bytes == null ? null : EventSerdes.STATE.deserializer().deserialize(STORE, bytes);
        });
    }

    @Override
    public void putEvent(EventState event) {
        long handle = FeatureEntry.handle(event.id());
        store.put(EVENT + Long.toHexString(handle), EventSerdes.STATE.serializer().serialize(STORE, event));
        events.put(handle, event);
    }

    @Override
    public void removeEvent(String id) {
        long handle = FeatureEntry.handle(id);
        store.delete(EVENT + Long.toHexString(handle));
        events.put(handle, null);
    }

    @Override
    public FeatureEntry feature(String feature) {
        FeatureEntry entry = features.getOrLoad(feature, key -> {
            byte[] bytes = store.get(FEATURE + key);
            return bytes == null ? null : EventSerdes.FEATURE.deserializer().deserialize(STORE, bytes);
        });
        return entry == null ? FeatureEntry.NONE : entry;
    }

    @Override
    public void feature(String feature, FeatureEntry entry) {
        if (entry.isEmpty()) store.delete(FEATURE + feature);
        else store.put(FEATURE + feature, EventSerdes.FEATURE.serializer().serialize(STORE, entry));
        features.put(feature, entry);
    }

    @Override
    public int openEvents() {
        return open;
    }

    @Override
    public void openEvents(int count) {
        store.put(OPEN, longBytes(count));
        open = count;
    }

    @Override
    public long clock() {
        return clock;
    }

    @Override
    public void clock(long ingested) {
        store.put(CLOCK, longBytes(ingested));
        clock = ingested;
    }

    @Override
    public void scheduleExpiry(long at, String eventId) {
        store.put(EXPIRY + ExpiryKeys.of(at, eventId), eventId.getBytes(StandardCharsets.UTF_8));
        nextExpiry = Math.min(nextExpiry, Math.max(0, at));
    }

    @Override
    public void cancelExpiry(long at, String eventId) {
        store.delete(EXPIRY + ExpiryKeys.of(at, eventId));
    }

    @Override
    public List<String> takeExpired(long now) {
        // The clock moves with nearly every article; the queue is scanned only when something may be due.
        if (now < nextExpiry) return List.of();
        List<KeyValue<String, byte[]>> due = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> range = store.range(EXPIRY, EXPIRY + ExpiryKeys.upTo(now))) {
            range.forEachRemaining(due::add);
        }
        List<String> ids = new ArrayList<>(due.size());
        for (KeyValue<String, byte[]> entry : due) {
            store.delete(entry.key);
            ids.add(new String(entry.value, StandardCharsets.UTF_8));
        }
        nextExpiry = firstExpiry();
        return ids;
    }

    private long firstExpiry() {
        try (KeyValueIterator<String, byte[]> queue = store.prefixScan(EXPIRY, Serdes.String().serializer())) {
            if (!queue.hasNext()) return Long.MAX_VALUE;
            String key = queue.next().key;
            return Long.parseLong(key.substring(EXPIRY.length(), EXPIRY.length() + EXPIRY_TIME_DIGITS));
        }
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }
}
