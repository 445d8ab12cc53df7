package io.factwire.processor.events;

import java.util.List;
import java.util.Map;

/**
 * An open event as the index keeps it.
 *
 * @param id         the event id, fixed at creation
 * @param articles   ids of the articles assigned to it, in assignment order
 * @param firstSeen  earliest article time (publication, else ingestion)
 * @param lastSeen   latest article time
 * @param lastActive latest ingestion time of its articles: what retention counts from
 * @param centroid   sum of the member articles' feature weights, trimmed to the strongest features
 * @param places     place name mentions over its articles, for the label
 * @param months     month mentions ({@code YYYY-MM}) over its articles, for the label
 * @param keys       the blocking keys it is listed under
 */
public record EventState(String id, List<String> articles, long firstSeen, long lastSeen, long lastActive,
                         Map<String, Float> centroid, Map<String, Integer> places, Map<String, Integer> months,
                         List<String> keys) {

    public EventState {
        articles = List.copyOf(articles);
        centroid = Map.copyOf(centroid);
        places = Map.copyOf(places);
        months = Map.copyOf(months);
        keys = List.copyOf(keys);
    }

    public int size() {
        return articles.size();
    }
}
