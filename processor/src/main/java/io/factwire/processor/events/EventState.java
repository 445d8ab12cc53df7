package io.factwire.processor.events;

import java.util.List;
import java.util.Map;

/**
 * An open event as the index keeps it.
 *
 * @param id            the event id, fixed at creation
 * @param articles      ids of the articles assigned to it, in assignment order
 * @param firstDated    earliest article date, or null when none of its articles is dated
 * @param lastDated     latest article date, or null
 * @param firstIngested earliest ingestion of its articles
 * @param lastIngested  latest ingestion: retention counts from here
 * @param centroid      sum of its articles' unit feature vectors, trimmed to the heaviest features; the event is
 *                      listed under each of these features in the blocking index
 * @param places        place mentions over its articles, for the label
 * @param names         name phrase mentions over its articles, for the label
 * @param months        month mentions ({@code YYYY-MM}) over its articles, for the label
 */
public record EventState(String id, List<String> articles, Long firstDated, Long lastDated, long firstIngested,
                         long lastIngested, Map<String, Float> centroid, Map<String, Integer> places,
                         Map<String, Integer> names, Map<String, Integer> months) {

    public EventState {
        articles = List.copyOf(articles);
        centroid = Sorted.copy(centroid);
        places = Sorted.copy(places);
        names = Sorted.copy(names);
        months = Sorted.copy(months);
    }

    /** Earliest article time: dated when any article is, else ingestion. */
    public long firstSeen() {
        return firstDated != null ? firstDated : firstIngested;
    }

    public long lastSeen() {
        return lastDated != null ? lastDated : lastIngested;
    }
}
