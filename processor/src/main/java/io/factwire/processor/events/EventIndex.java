package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online event clustering: each article joins the most similar open event, or founds a new one. Candidates come
 * only from blocking keys (the article's most distinctive features), so an article's cost does not grow with the
 * number of open events; events are forgotten {@link EventConfig#retention()} after their last article (by
 * ingestion time), which bounds the state.
 *
 * <p>Deterministic: the same articles in the same order give the same events and ids.
 */
public final class EventIndex {

    /** Features an open event keeps: its centroid stays small whatever its size. */
    static final int CENTROID_SIZE = 160;
    /** Blocking keys an article probes with and registers its event under. */
    static final int ARTICLE_KEYS = 12;
    /** Blocking keys an event is listed under at most: the heaviest of its centroid. */
    static final int EVENT_KEYS = 48;

    private final EventStore store;
    private final EventConfig config;
    private final EventSimilarity similarity = new EventSimilarity();

    public EventIndex(EventStore store, EventConfig config) {
        this.store = store;
        this.config = config;
    }

    public Assignment assign(EventFeatures article) {
        advanceClock(article.ingested());
        List<String> keys = EventSimilarity.blockingKeys(article.terms(), ARTICLE_KEYS);
        EventState best = null;
        double bestScore = config.threshold();
        for (String id : candidates(keys)) {
            EventState event = store.event(id);
            if (event == null) continue;
            double score = similarity.score(article, event, config);
            if (score > bestScore || (score == bestScore && best != null && id.compareTo(best.id()) < 0)) {
                best = event;
                bestScore = score;
            }
        }
        boolean created = best == null;
        EventState updated = created ? EventStates.found(article, keys) : EventStates.join(best, article, keys, EVENT_KEYS);
        store.putEvent(updated);
        register(updated, created ? List.of() : best.keys());
        if (!created) store.cancelExpiry(expiry(best), best.id());
        store.scheduleExpiry(expiry(updated), updated.id());
        return new Assignment(article.articleId(), updated, created);
    }

    private void advanceClock(long ingested) {
        if (ingested <= store.clock()) return;
        store.clock(ingested);
        for (String id : store.takeExpired(ingested)) {
            EventState event = store.event(id);
            if (event == null) continue;
            store.removeEvent(id);
            event.keys().forEach(key -> unlist(key, id));
        }
    }

    private Set<String> candidates(List<String> keys) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : keys) ids.addAll(store.block(key));
        return ids;
    }

    /** Lists the event first under its keys (newest first, so a full list drops the quietest event). */
    private void register(EventState event, List<String> previousKeys) {
        String id = event.id();
        for (String key : previousKeys) if (!event.keys().contains(key)) unlist(key, id);
        for (String key : event.keys()) {
            List<String> listed = store.block(key);
            if (!listed.isEmpty() && listed.getFirst().equals(id)) continue;
            List<String> updated = new ArrayList<>(Math.min(listed.size() + 1, config.maxEventsPerKey()));
            updated.add(id);
            for (String other : listed) {
                if (updated.size() == config.maxEventsPerKey()) break;
                if (!other.equals(id)) updated.add(other);
            }
            store.putBlock(key, updated);
        }
    }

    private void unlist(String key, String eventId) {
        List<String> listed = store.block(key);
        if (listed.contains(eventId)) store.putBlock(key, listed.stream().filter(other -> !other.equals(eventId)).toList());
    }

    private long expiry(EventState event) {
        return event.lastActive() + config.retention().toMillis();
    }
}
