package io.factwire.processor.events;

import io.factwire.avro.Event;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the sequencer remembers of one event.
 *
 * @param centroid     sum of its articles' normalized term vectors, cut to the strongest terms
 * @param firstSeen    earliest article time (when it happened, as the articles tell)
 * @param lastSeen     latest article time
 * @param lastActive   record timestamp of the latest article to join: what retention is measured on
 * @param places       place mentions summed over its articles
 * @param months       article months (yyyy-MM) counted over its articles
 * @param blockingKeys keys it is filed under, so closing it can unfile it
 */
public record EventState(String id, TermVector centroid, List<String> articles, long firstSeen, long lastSeen,
                         long lastActive, Map<String, Integer> places, Map<String, Integer> months,
                         List<String> blockingKeys) {

    public static EventState start(String id, EventFeatures first, long time, long recordTime, List<String> keys) {
        return new EventState(id, first.terms(), List.of(first.articleId()), time, time, recordTime, Map.of(), Map.of(),
                List.of()).withCues(first, keys, Integer.MAX_VALUE);
    }

    public EventState add(EventFeatures article, long time, long recordTime, List<String> keys, EventConfig config) {
        List<String> ids = new ArrayList<>(articles);
        ids.add(article.articleId());
        return new EventState(id, centroid.plus(article.terms()).strongest(config.termsPerEvent()), ids,
                Math.min(firstSeen, time), Math.max(lastSeen, time), Math.max(lastActive, recordTime), places, months,
                blockingKeys).withCues(article, keys, config.blockingKeys() * 8);
    }

    private EventState withCues(EventFeatures article, List<String> keys, int maxKeys) {
        Map<String, Integer> p = new LinkedHashMap<>(places);
        for (int rank = 0; rank < article.places().size(); rank++) {
            // The article's main place counts more than a place it mentions in passing.
            p.merge(article.places().get(rank), Math.max(1, 3 - rank), Integer::sum);
        }
        Map<String, Integer> m = new LinkedHashMap<>(months);
        if (article.month() != null) m.merge(article.month(), 1, Integer::sum);
        LinkedHashSet<String> k = new LinkedHashSet<>(blockingKeys);
        for (String key : keys) if (k.size() < maxKeys) k.add(key);
        return new EventState(id, centroid, articles, firstSeen, lastSeen, lastActive, p, m, List.copyOf(k));
    }

    /** "Almaty, Kazakhstan, Jan 2022": the two most mentioned places, narrower first, and the usual month. */
    public String label() {
        List<String> top = places.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(2).map(Map.Entry::getKey).toList();
        List<String> parts = new ArrayList<>();
        if (top.size() == 2) {
            // The less mentioned of the two is usually the narrower one (the city before the country).
            parts.add(top.get(1));
            parts.add(top.get(0));
        } else if (top.size() == 1) {
            parts.add(top.get(0));
        } else {
            parts.add(mainName());
        }
        YearMonth month = months.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> YearMonth.parse(e.getKey()))
                .orElse(YearMonth.from(Instant.ofEpochMilli(firstSeen).atOffset(java.time.ZoneOffset.UTC)));
        parts.add(TextCues.monthLabel(month));
        return String.join(", ", parts);
    }

    public Event toEvent() {
        return new Event(id, label(), articles, Instant.ofEpochMilli(firstSeen), Instant.ofEpochMilli(lastSeen));
    }

    private String mainName() {
        TermVector strongest = centroid.strongest(centroid.size());
        String best = null;
        float weight = -1;
        for (int i = 0; i < strongest.size(); i++) {
            if (strongest.terms()[i].startsWith("e:") && strongest.weights()[i] > weight) {
                best = strongest.terms()[i].substring(2);
                weight = strongest.weights()[i];
            }
        }
        if (best == null) return "Unplaced event";
        return Character.toUpperCase(best.charAt(0)) + best.substring(1);
    }
}
