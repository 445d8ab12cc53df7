package io.factwire.processor.events;

import java.util.List;
import java.util.Map;

/** How alike an article and an open event are, and which features lead from one to the other. */
final class EventSimilarity {

    /** Cosine of the article's features and the event's centroid. */
    double score(EventFeatures article, EventState event, EventConfig config) {
        double dot = 0;
        double articleNorm = 0;
        for (Map.Entry<String, Float> term : article.terms().entrySet()) {
            articleNorm += term.getValue() * term.getValue();
            Float other = event.centroid().get(term.getKey());
            if (other != null) dot += term.getValue() * other;
        }
        double eventNorm = 0;
        for (float weight : event.centroid().values()) eventNorm += weight * weight;
        if (dot == 0) return 0;
        return dot / Math.sqrt(articleNorm * eventNorm);
    }

    /** The heaviest features, ties by name: the same features give the same keys. */
    static List<String> blockingKeys(Map<String, Float> terms, int limit) {
        return terms.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
