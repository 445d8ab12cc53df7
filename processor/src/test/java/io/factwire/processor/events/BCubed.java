package io.factwire.processor.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** B-cubed precision and recall of a clustering against gold classes, averaged over items. */
record BCubed(double precision, double recall) {

    double f1() {
        return 2 * precision * recall / (precision + recall);
    }

    /** @param predicted cluster of each item; {@code gold} class of each item; both over the same items */
    static <T> BCubed score(List<T> items, Function<T, String> predicted, Function<T, String> gold) {
        Map<String, Integer> clusterSizes = new HashMap<>();
        Map<String, Integer> classSizes = new HashMap<>();
        Map<String, Integer> overlaps = new HashMap<>();
        for (T item : items) {
            clusterSizes.merge(predicted.apply(item), 1, Integer::sum);
            classSizes.merge(gold.apply(item), 1, Integer::sum);
            overlaps.merge(predicted.apply(item) + "\u0000" + gold.apply(item), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (T item : items) {
            double both = overlaps.get(predicted.apply(item) + "\u0000" + gold.apply(item));
            precision += both / clusterSizes.get(predicted.apply(item));
            recall += both / classSizes.get(gold.apply(item));
        }
        return new BCubed(precision / items.size(), recall / items.size());
    }

    @Override
    public String toString() {
        return String.format("B-cubed P %.4f R %.4f F1 %.4f", precision, recall, f1());
    }
}
