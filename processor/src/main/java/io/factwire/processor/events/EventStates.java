package io.factwire.processor.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How an event's state is founded by one article and grows with the next ones. */
final class EventStates {

    private EventStates() {}

    static EventState found(String id, EventFeatures article, Map<String, Float> vector) {
        return new EventState(id, List.of(article.articleId()), article.dated(), article.dated(), article.ingested(),
                article.ingested(), trim(vector), counts(article.places()), counts(article.names()),
                counts(article.months()));
    }

    /** The same event under another id. */
    static EventState named(EventState event, String id) {
        return new EventState(id, event.articles(), event.firstDated(), event.lastDated(), event.firstIngested(),
                event.lastIngested(), event.centroid(), event.places(), event.names(), event.months());
    }

    static EventState join(EventState event, EventFeatures article, Map<String, Float> vector) {
        List<String> articles = new ArrayList<>(event.articles().size() + 1);
        articles.addAll(event.articles());
        articles.add(article.articleId());
        Map<String, Float> centroid = new HashMap<>(event.centroid());
        vector.forEach((feature, weight) -> centroid.merge(feature, weight, Float::sum));
        return new EventState(event.id(), articles, earliest(event.firstDated(), article.dated()),
                latest(event.lastDated(), article.dated()), Math.min(event.firstIngested(), article.ingested()),
                Math.max(event.lastIngested(), article.ingested()), trim(centroid),
                add(event.places(), article.places()), add(event.names(), article.names()),
                add(event.months(), article.months()));
    }

    /** One event made of two: the survivor keeps its id and its articles come first. */
    static EventState merge(EventState survivor, EventState absorbed) {
        List<String> articles = new ArrayList<>(survivor.articles().size() + absorbed.articles().size());
        articles.addAll(survivor.articles());
        articles.addAll(absorbed.articles());
        Map<String, Float> centroid = new HashMap<>(survivor.centroid());
        absorbed.centroid().forEach((feature, weight) -> centroid.merge(feature, weight, Float::sum));
        return new EventState(survivor.id(), articles, earliest(survivor.firstDated(), absorbed.firstDated()),
                latest(survivor.lastDated(), absorbed.lastDated()),
                Math.min(survivor.firstIngested(), absorbed.firstIngested()),
                Math.max(survivor.lastIngested(), absorbed.lastIngested()), trim(centroid),
                sum(survivor.places(), absorbed.places()), sum(survivor.names(), absorbed.names()),
                sum(survivor.months(), absorbed.months()));
    }

    private static Long earliest(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    private static Long latest(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }

    private static Map<String, Integer> counts(List<String> values) {
        return add(Map.of(), values);
    }

    private static Map<String, Integer> add(Map<String, Integer> counts, List<String> values) {
        Map<String, Integer> added = new HashMap<>(counts);
        values.forEach(value -> added.merge(value, 1, Integer::sum));
        return added;
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> summed = new HashMap<>(a);
        b.forEach((key, count) -> summed.merge(key, count, Integer::sum));
        return summed;
    }

    private static Map<String, Float> trim(Map<String, Float> centroid) {
        if (centroid.size() <= EventIndex.CENTROID_SIZE) return centroid;
        Map<String, Float> kept = new HashMap<>();
        for (String feature : FeatureWeights.heaviest(centroid, EventIndex.CENTROID_SIZE)) kept.put(feature, centroid.get(feature));
        return kept;
    }
}
