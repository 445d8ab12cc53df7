package io.factwire.processor.events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much a feature says about which event an article reports: its weight in the article times its rarity among
 * the open events. A name every open event has ("Police") says nothing; a name one event has says a lot. Counting
 * open events rather than all articles ever seen keeps the statistic bounded and current.
 *
 * <p>Rarity counts the events other than one: a feature that exactly one open event has is as telling as one no
 * event has yet; otherwise the very features an article shares with its event would weigh less than the ones it
 * shares with nothing, and a young event could not be joined.
 */
final class FeatureWeights {

    /** Pseudo-count of open events: with few events open, rarity is not yet known and weighs little. */
    static final double PRIOR_EVENTS = 10;

    private FeatureWeights() {}

    /** The article's features weighted by rarity, scaled to unit length. */
    static Map<String, Float> unitVector(Map<String, Float> terms, EventStore store) {
        double open = store.openEvents() + PRIOR_EVENTS;
        Map<String, Float> vector = new TreeMap<>();
        double norm = 0;
        for (Map.Entry<String, Float> term : terms.entrySet()) {
            int others = Math.max(0, store.eventsWith(term.getKey()) - 1);
            double weight = term.getValue() * Math.log(open / (others + 0.5));
            vector.put(term.getKey(), (float) weight);
            norm += weight * weight;
        }
        if (norm == 0) return vector;
        double length = Math.sqrt(norm);
        vector.replaceAll((feature, weight) -> (float) (weight / length));
        return vector;
    }

    /** Cosine of a unit vector and a centroid. */
    static double cosine(Map<String, Float> unit, Map<String, Float> centroid) {
        double dot = dot(unit, centroid);
        return dot == 0 ? 0 : dot / Math.sqrt(squaredNorm(centroid));
    }

    /** Sums over the first map's features, so the smaller (the article's) goes first. */
    private static double dot(Map<String, Float> a, Map<String, Float> b) {
        double dot = 0;
        for (Map.Entry<String, Float> term : a.entrySet()) {
            Float other = b.get(term.getKey());
            if (other != null) dot += term.getValue() * (double) other;
        }
        return dot;
    }

    private static double squaredNorm(Map<String, Float> vector) {
        double norm = 0;
        for (float weight : vector.values()) norm += weight * (double) weight;
        return norm;
    }

    /** Cosine of two centroids: how alike two events are, whatever their sizes. */
    static double centroidCosine(Map<String, Float> a, Map<String, Float> b) {
        double dot = dot(a, b);
        return dot == 0 ? 0 : dot / Math.sqrt(squaredNorm(a) * squaredNorm(b));
    }

    /** The heaviest features, ties by name, so that the same weights give the same features. */
    static List<String> heaviest(Map<String, Float> weights, int limit) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
