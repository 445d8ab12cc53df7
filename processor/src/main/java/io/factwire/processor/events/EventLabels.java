package io.factwire.processor.events;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Human labels of events ("Almaty, Kazakhstan, Jan 2022") and the readable ids derived from them. */
public final class EventLabels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private EventLabels() {}

    /** The most mentioned places (up to two) and the most mentioned month. */
    public static String label(EventState event) {
        List<String> places = top(event.places(), 2);
        List<String> months = top(event.months(), 1);
        StringBuilder label = new StringBuilder(places.isEmpty() ? "Unplaced event" : String.join(", ", places));
        if (!months.isEmpty()) label.append(", ").append(YearMonth.parse(months.getFirst()).format(MONTH));
        return label.toString();
    }

    /** A readable, stable id: the slug of the first label and a short hash of the founding article's id. */
    public static String eventId(String label, String foundingArticleId) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 48) slug = slug.substring(0, 48).replaceAll("-$", "");
        return slug + "-" + String.format("%04x", foundingArticleId.hashCode() & 0xffff);
    }

    private static List<String> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
