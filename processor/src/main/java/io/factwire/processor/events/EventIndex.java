package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online event clustering: each article joins the open event whose centroid is most like it, or founds a new one.
 *
 * <p>Bounded work per article: candidates come only from the blocking lists of the article's heaviest features (its
 * rarest names and figures), at most {@link #MAX_CANDIDATES} of them, so the cost does not grow with the number of
 * open events. Bounded state: an event is forgotten {@link EventConfig#retention()} after its last article (by
 * ingestion time), and with it its lists and feature counts.
 *
 * <p>Revisits: an article that joins an event may show that event to be one with another candidate (two events
 * founded by the first reports of one happening, before anything linked them). Once the joined event's centroid is
 * at least {@link EventConfig#mergeThreshold()} like another candidate's (a lone article's: at least
 * {@link EventConfig#threshold()}), the larger absorbs the smaller.
 *
 * <p>Deterministic: the same articles in the same order give the same events and ids.
 */
public final class EventIndex {

    /** Features an event keeps: its centroid stays small whatever its size. */
    static final int CENTROID_SIZE = 160;
    /** An article's heaviest features, whose lists give its candidate events. */
    static final int PROBES = 12;
    /** Candidate events scored per article, those listed under most probes first. */
    static final int MAX_CANDIDATES = 32;

    private final EventStore store;
    private final EventConfig config;

    public EventIndex(EventStore store, EventConfig config) {
        this.store = store;
        this.config = config;
    }

    public Assignment assign(EventFeatures article) {
        advanceClock(article.ingested());
        Map<String, Float> vector = FeatureWeights.unitVector(article.terms(), store);
        EventState best = null;
        double bestScore = config.threshold();
        List<EventState> scored = new ArrayList<>();
        List<String> names = names(vector);
        for (long handle : candidates(FeatureWeights.heaviest(vector, PROBES))) {
            EventState event = store.event(handle);
            if (event == null || !withinWindow(article, event) || !sharesName(names, event.centroid())) continue;
            scored.add(event);
            String id = event.id();
            double score = FeatureWeights.cosine(vector, event.centroid());
            if (score > bestScore || (score == bestScore && best != null && id.compareTo(best.id()) < 0)) {
                best = event;
                bestScore = score;
            }
        }
        EventState updated = best == null ? founded(article, vector) : EventStates.join(best, article, vector);
        store.putEvent(updated);
        reindex(best, updated);
        if (best != null) store.cancelExpiry(expiry(best), best.id());
        store.scheduleExpiry(expiry(updated), updated.id());
        if (best == null) return new Assignment(article.articleId(), updated, true, List.of(), List.of());
        // A founded event is the article alone, which scored below the join threshold with every candidate:
        // only a joined event can have come close enough to another to merge.
        List<String> absorbed = new ArrayList<>();
        // A chain of merges (the joined event absorbed, its survivor absorbed in turn) lists an article once.
        Set<String> moved = new LinkedHashSet<>();
        for (EventState other : scored) {
            if (other.id().equals(best.id()) || !spansOverlap(updated, other)) continue;
            if (FeatureWeights.centroidCosine(updated.centroid(), other.centroid()) < mergeBar(other)) continue;
            EventState survivor = larger(updated, other);
            EventState loser = survivor == updated ? other : updated;
            updated = absorb(survivor, loser);
            absorbed.add(loser.id());
            loser.articles().stream().filter(id -> !id.equals(article.articleId())).forEach(moved::add);
        }
        return new Assignment(article.articleId(), updated, false, absorbed, List.copyOf(moved));
    }

    /**
     * Figures and years tell apart two happenings of the same people and places; on their own they link nothing: "1,000
     * arrested" and "1,000 crew on board" share a figure and nothing else. An article joins only an event it shares
     * a name with.
     */
    private static boolean sharesName(List<String> names, Map<String, Float> centroid) {
        for (String name : names) {
            if (centroid.containsKey(name)) return true;
        }
        return false;
    }

    private static List<String> names(Map<String, Float> vector) {
        return vector.keySet().stream().filter(feature -> feature.startsWith("n:")).toList();
    }

    /** Articles of one event are written within weeks of each other: dates further apart are different events. */
    private boolean withinWindow(EventFeatures article, EventState event) {
        if (article.dated() == null || event.firstDated() == null) return true;
        long window = config.matchWindow().toMillis();
        return article.dated() >= event.firstDated() - window && article.dated() <= event.lastDated() + window;
    }

    /**
     * A lone article's event has the article's own vector as centroid, so their cosine is the score the article
     * would get if it came now: at the join threshold it would join, so it moves. Two grown events need more.
     */
    private double mergeBar(EventState other) {
        return other.articles().size() == 1 ? config.threshold() : config.mergeThreshold();
    }

    /** Two events whose dated spans lie further apart than the match window are different events. */
    private boolean spansOverlap(EventState a, EventState b) {
        if (a.firstDated() == null || b.firstDated() == null) return true;
        long window = config.matchWindow().toMillis();
        return a.firstDated() <= b.lastDated() + window && b.firstDated() <= a.lastDated() + window;
    }

    /** The event with more articles, ties to the smaller id: the same input gives the same survivor. */
    private static EventState larger(EventState a, EventState b) {
        int bySize = Integer.compare(a.articles().size(), b.articles().size());
        return bySize > 0 || (bySize == 0 && a.id().compareTo(b.id()) < 0) ? a : b;
    }

    /** Moves the absorbed event's articles and centroid into the survivor and forgets the absorbed event. */
    private EventState absorb(EventState survivor, EventState absorbed) {
        EventState merged = EventStates.merge(survivor, absorbed);
        store.removeEvent(absorbed.id());
        store.cancelExpiry(expiry(absorbed), absorbed.id());
        for (String feature : absorbed.centroid().keySet()) forget(feature, absorbed.id());
        store.openEvents(store.openEvents() - 1);
        store.putEvent(merged);
        reindex(survivor, merged);
        store.cancelExpiry(expiry(survivor), survivor.id());
        store.scheduleExpiry(expiry(merged), merged.id());
        return merged;
    }

    /**
     * The events listed under most probes. Ties go to the event met first: under the heaviest probe, the most
     * recently listed; so the same index gives the same candidates.
     */
    private List<Long> candidates(List<String> probes) {
        List<long[]> lists = new ArrayList<>(probes.size());
        int listed = 0;
        for (String feature : probes) {
            long[] handles = store.feature(feature).listed();
            lists.add(handles);
            listed += handles.length;
        }
        HandleVotes votes = new HandleVotes(listed);
        for (long[] handles : lists) {
            for (long handle : handles) votes.add(handle);
        }
        return votes.mostVoted(MAX_CANDIDATES);
    }

    /** A new event of the article alone, named after its label and founding article. */
    private EventState founded(EventFeatures article, Map<String, Float> vector) {
        EventState unnamed = EventStates.found("", article, vector);
        String founding = EventLabels.eventId(EventLabels.label(unnamed), article.articleId());
        String id = founding;
        // By handle: an id whose handle an open event already has would overwrite that event.
        for (int attempt = 2; store.event(FeatureEntry.handle(id)) != null; attempt++) id = founding + "-" + attempt;
        return EventStates.named(unnamed, id);
    }

    /** Keeps the blocking lists and feature counts in step with the event's centroid. */
    private void reindex(EventState before, EventState after) {
        Set<String> previous = before == null ? Set.of() : before.centroid().keySet();
        Set<String> current = after.centroid().keySet();
        long handle = FeatureEntry.handle(after.id());
        for (String feature : current) {
            if (!previous.contains(feature)) store.feature(feature, store.feature(feature).withNewest(handle, config.maxEventsPerKey()));
        }
        for (String feature : previous) if (!current.contains(feature)) forget(feature, after.id());
        if (before == null) store.openEvents(store.openEvents() + 1);
    }

    private void advanceClock(long ingested) {
        if (ingested <= store.clock()) return;
        store.clock(ingested);
        for (String id : store.takeExpired(ingested)) {
            EventState event = store.event(id);
            if (event == null) continue;
            store.removeEvent(id);
            for (String feature : new HashSet<>(event.centroid().keySet())) forget(feature, id);
            store.openEvents(store.openEvents() - 1);
        }
    }

    private void forget(String feature, String eventId) {
        store.feature(feature, store.feature(feature).without(FeatureEntry.handle(eventId)));
    }

    private long expiry(EventState event) {
        return event.lastIngested() + config.retention().toMillis();
    }
}
