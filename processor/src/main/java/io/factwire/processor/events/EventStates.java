package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How an event's state is founded by one article and grows with the next ones. */
final class EventStates {

    private EventStates() {}

    static EventState found(EventFeatures article, List<String> keys) {
        EventState seed = new EventState("", List.of(article.articleId()), article.time(), article.time(),
                article.ingested(), top(article.terms(), EventIndex.CENTROID_SIZE), counts(article.places()),
                counts(article.months()), keys);
        String id = EventLabels.eventId(EventLabels.label(seed), article.articleId());
        return new EventState(id, seed.articles(), seed.firstSeen(), seed.lastSeen(), seed.lastActive(),
                seed.centroid(), seed.places(), seed.months(), keys);
    }

    static EventState join(EventState event, EventFeatures article, List<String> articleKeys, int maxKeys) {
        List<String> articles = new ArrayList<>(event.articles());
        articles.add(article.articleId());
        Map<String, Float> centroid = new HashMap<>(event.centroid());
        article.terms().forEach((term, weight) -> centroid.merge(term, weight, Float::sum));
        Map<String, Float> trimmed = top(centroid, EventIndex.CENTROID_SIZE);
        Map<String, Integer> places = new HashMap<>(event.places());
        article.places().forEach(place -> places.merge(place, 1, Integer::sum));
        Map<String, Integer> months = new HashMap<>(event.months());
        article.months().forEach(month -> months.merge(month, 1, Integer::sum));
        return new EventState(event.id(), articles, Math.min(event.firstSeen(), article.time()),
                Math.max(event.lastSeen(), article.time()), Math.max(event.lastActive(), article.ingested()),
                trimmed, places, months, keys(event.keys(), articleKeys, trimmed, maxKeys));
    }

    /** The event's keys plus the article's, keeping the ones heaviest in the centroid when there are too many. */
    private static List<String> keys(List<String> eventKeys, List<String> articleKeys, Map<String, Float> centroid,
                                     int maxKeys) {
        Set<String> union = new LinkedHashSet<>(eventKeys);
        union.addAll(articleKeys);
        if (union.size() <= maxKeys) return List.copyOf(union);
        return union.stream()
                .sorted((a, b) -> {
                    int byWeight = Float.compare(centroid.getOrDefault(b, 0f), centroid.getOrDefault(a, 0f));
                    return byWeight != 0 ? byWeight : a.compareTo(b);
                })
                .limit(maxKeys)
                .toList();
    }

    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts;
    }

    static Map<String, Float> top(Map<String, Float> weights, int limit) {
        if (weights.size() <= limit) return weights;
        Map<String, Float> kept = new HashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return kept;
    }
}
