package io.factwire.processor.events;

import com.dynatrace.hash4j.hashing.Hashing;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Human labels of events ("Almaty, Kazakhstan, Jan 2022") and the readable ids derived from them. */
public final class EventLabels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final int SLUG_LENGTH = 48;

    private EventLabels() {}

    /**
     * The two most mentioned places, the more specific (less mentioned) first: "Almaty, Kazakhstan"; else the two
     * most mentioned names; then the most common month.
     */
    public static String label(EventState event) {
        List<String> parts = new ArrayList<>();
        List<String> places = top(event.places(), 2);
        if (!places.isEmpty()) parts.addAll(places.reversed());
        else parts.addAll(top(event.names(), 2));
        if (parts.isEmpty()) parts.add("Unnamed event");
        List<String> months = top(event.months(), 1);
        if (!months.isEmpty()) parts.add(YearMonth.parse(months.getFirst()).format(MONTH));
        return String.join(", ", parts);
    }

    /**
     * A readable id that stays the same for the same input: the slug of the founding label and a hash of the
     * founding article's id, e.g. {@code almaty-kazakhstan-jan-2022-3fa2c1d0}.
     */
    public static String eventId(String label, String foundingArticleId) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > SLUG_LENGTH) slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        long hash = Hashing.xxh3_64().hashCharsToLong(foundingArticleId);
        return (slug.isEmpty() ? "event" : slug) + "-" + String.format("%08x", hash & 0xffffffffL);
    }

    private static List<String> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
