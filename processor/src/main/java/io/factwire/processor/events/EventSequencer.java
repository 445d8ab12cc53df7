package io.factwire.processor.events;

import com.dynatrace.hash4j.hashing.Hashing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Assigns every article to an event, one article at a time, on a single partition. Candidate events come from
 * the article's blocking keys (its strongest terms), so the cost per article does not grow with the number of
 * open events; events no article joined within the retention are closed by a stream-time punctuator.
 */
final class EventSequencer implements Processor<String, EventFeatures, String, Assignment> {
    static final String EVENTS = "events-by-id";
    static final String KEYS = "events-by-key";
    static final String EXPIRY = "events-by-last-active";

    private final EventConfig config;
    private final EventMatcher matcher;
    private ProcessorContext<String, Assignment> context;
    private KeyValueStore<String, EventState> events;
    private KeyValueStore<String, List<String>> keys;
    private KeyValueStore<String, String> expiry;

    private EventSequencer(EventConfig config) {
        this.config = config;
        this.matcher = new EventMatcher(config);
    }

    static ProcessorSupplier<String, EventFeatures, String, Assignment> supplier(EventConfig config) {
        Set<StoreBuilder<?>> stores = Set.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS), Serdes.String(), EventSerdes.STATE),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(KEYS), Serdes.String(), EventSerdes.IDS),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EXPIRY), Serdes.String(), Serdes.String()));
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, EventFeatures, String, Assignment> get() {
                return new EventSequencer(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return stores;
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Assignment> context) {
        this.context = context;
        this.events = context.getStateStore(EVENTS);
        this.keys = context.getStateStore(KEYS);
        this.expiry = context.getStateStore(EXPIRY);
        Duration every = config.retention().dividedBy(24);
        context.schedule(every, PunctuationType.STREAM_TIME, this::closeInactive);
    }

    @Override
    public void process(Record<String, EventFeatures> record) {
        EventFeatures article = record.value();
        List<String> blockingKeys = article.blockingKeys(config.blockingKeys());
        Set<String> candidateIds = new LinkedHashSet<>();
        for (String key : blockingKeys) {
            List<String> filed = keys.get(key);
            if (filed != null) candidateIds.addAll(filed);
        }
        List<EventState> candidates = new ArrayList<>(candidateIds.size());
        for (String id : candidateIds) {
            EventState event = events.get(id);
            if (event != null) candidates.add(event);
        }
        Optional<EventMatcher.Scored> match = matcher.best(article, article.time(), candidates);
        EventState event;
        if (match.isPresent()) {
            EventState joined = match.get().event();
            expiry.delete(expiryKey(joined));
            event = joined.add(article, article.time(), record.timestamp(), blockingKeys, config);
        } else {
            event = EventState.start(newEventId(article), article, article.time(), record.timestamp(), blockingKeys);
        }
        for (String key : blockingKeys) file(key, event.id());
        events.put(event.id(), event);
        expiry.put(expiryKey(event), event.id());
        context.forward(record.withKey(article.articleId()).withValue(new Assignment(article.articleId(), event.toEvent())));
    }

    /** Most recent events last; the oldest drops off so a very common key stays a short list. */
    private void file(String key, String eventId) {
        List<String> filed = keys.get(key);
        List<String> updated = new ArrayList<>(filed == null ? List.of() : filed);
        updated.remove(eventId);
        updated.add(eventId);
        if (updated.size() > config.eventsPerKey()) updated = updated.subList(updated.size() - config.eventsPerKey(), updated.size());
        keys.put(key, updated);
    }

    private void closeInactive(long streamTime) {
        String cutoff = timeKey(streamTime - config.retention().toMillis());
        List<KeyValue<String, String>> expired = new ArrayList<>();
        try (KeyValueIterator<String, String> it = expiry.range(timeKey(0), cutoff)) {
            it.forEachRemaining(expired::add);
        }
        for (KeyValue<String, String> entry : expired) {
            expiry.delete(entry.key);
            EventState event = events.delete(entry.value);
            if (event == null) continue;
            for (String key : event.blockingKeys()) {
                List<String> filed = keys.get(key);
                if (filed == null) continue;
                List<String> rest = new ArrayList<>(filed);
                rest.remove(event.id());
                if (rest.isEmpty()) keys.delete(key);
                else keys.put(key, rest);
            }
        }
    }

    /** Deterministic: replaying the same input names the same events. */
    private static String newEventId(EventFeatures first) {
        return "ev-" + Long.toHexString(Hashing.komihash5_0().hashCharsToLong(first.articleId()));
    }

    private static String expiryKey(EventState event) {
        return timeKey(event.lastActive()) + "|" + event.id();
    }

    /** Fixed-width hex so the store's byte order is time order. */
    private static String timeKey(long millis) {
        return String.format("%016x", Math.max(0, millis));
    }
}
