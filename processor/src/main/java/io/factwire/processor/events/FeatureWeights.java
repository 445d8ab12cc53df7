package io.factwire.processor.events;

import java.util.List;
import java.util.Map;

/**
 * How much a feature says about which event an article reports: its weight in the article times its rarity among
 * the open events. A name every open event has ("Police") says nothing; a name one event has says a lot. Counting
 * open events rather than all articles ever seen keeps the statistic bounded and current.
 *
 * <p>Rarity is damped: the square root of its logarithm ({@link #RARITY_EXPONENT}). At full strength a name
 * no other event has weighs three to four times one that many open events share, so an article whose text
 * wanders (a page of headlines, a sidebar) spreads its weight over one-off names, and the names it shares with
 * its story (the city, the country, the leader) count for too little to join it: one story splits into dozens of
 * events, and the more it splits the more common its names look. Measured on the ECB+ dev corpus and the
 * TREC-TS 2014 dev stream: README-events.md.
 *
 * <p>Rarity counts the events other than one: a feature that exactly one open event has is as telling as one no
 * event has yet; otherwise the very features an article shares with its event would weigh less than the ones it
 * shares with nothing, and a young event could not be joined.
 */
final class FeatureWeights {

    /** Pseudo-count of open events: with few events open, rarity is not yet known and weighs little. */
    static final double PRIOR_EVENTS = 10;
    /** Rarity is {@code ln(open / others) ^ RARITY_EXPONENT}: see the class comment. */
    static final double RARITY_EXPONENT = 0.5;

    private FeatureWeights() {}

    /** The article's features weighted by rarity, scaled to unit length. */
    static Map<String, Float> unitVector(Map<String, Float> terms, EventStore store) {
        double open = store.openEvents() + PRIOR_EVENTS;
        // An article's terms are in key order already: the vector is filled in that order, with no map between.
        Sorted<Float> ordered = Sorted.copy(terms);
        String[] features = new String[ordered.size()];
        float[] weights = new float[features.length];
        double norm = 0;
        for (int i = 0; i < features.length; i++) {
            features[i] = ordered.key(i);
            int others = Math.max(0, store.feature(features[i]).eventsWith() - 1);
            double weight = ordered.value(i) * Math.pow(Math.log(open / (others + 0.5)), RARITY_EXPONENT);
            weights[i] = (float) weight;
            norm += weight * weight;
        }
        double length = norm == 0 ? 1 : Math.sqrt(norm);
        Object[] unit = new Object[features.length];
        for (int i = 0; i < unit.length; i++) unit[i] = norm == 0 ? weights[i] : (float) (weights[i] / length);
        return Sorted.of(features, unit);
    }

    /** Cosine of a unit vector and a centroid. */
    static double cosine(Map<String, Float> unit, Map<String, Float> centroid) {
        DotAndNorm sums = DotAndNorm.of(Sorted.copy(unit), Sorted.copy(centroid));
        return sums.dot() == 0 ? 0 : sums.dot() / Math.sqrt(sums.secondNorm());
    }

    /** Cosine of two centroids: how alike two events are, whatever their sizes. */
    static double centroidCosine(Map<String, Float> a, Map<String, Float> b) {
        DotAndNorm sums = DotAndNorm.of(Sorted.copy(a), Sorted.copy(b));
        return sums.dot() == 0 ? 0 : sums.dot() / Math.sqrt(squaredNorm(a) * sums.secondNorm());
    }

    private static double squaredNorm(Map<String, Float> vector) {
        double norm = 0;
        for (float weight : vector.values()) norm += weight * (double) weight;
        return norm;
    }

    /**
     * The dot product of two vectors and the squared norm of the second, both summed in key order. Every centroid and
     * article vector is a {@link Sorted} map already (a copy is made only of another map), so the two are walked side
     * by side in one pass: the costly part of scoring an article against its candidate events.
     */
    private record DotAndNorm(double dot, double secondNorm) {
        static DotAndNorm of(Sorted<Float> first, Sorted<Float> second) {
            double dot = 0;
            double norm = 0;
            int left = 0;
            for (int right = 0; right < second.size(); right++) {
                float weight = second.value(right);
                norm += weight * (double) weight;
                String feature = second.key(right);
                while (left < first.size() && first.key(left).compareTo(feature) < 0) left++;
                if (left < first.size() && first.key(left).equals(feature)) dot += first.value(left) * (double) weight;
            }
            return new DotAndNorm(dot, norm);
        }
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
