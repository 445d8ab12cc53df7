package io.factwire.processor.events;

import com.dynatrace.hash4j.hashing.Hashing;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Human labels of events ("Almaty, Kazakhstan, Jan 2022") and the readable ids derived from them. */
public final class EventLabels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final int SLUG_LENGTH = 48;
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private EventLabels() {}

    /**
     * Where, then when: the most mentioned place within a country or state and the most mentioned country or state
     * ("Almaty, Kazakhstan"), else the two most mentioned places or, with no place named, names ("Lindsay Lohan,
     * Betty Ford Center"); then the most common month ("Jan 2022").
     */
    public static String label(EventState event) {
        List<String> parts = new ArrayList<>(where(event));
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
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(label.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() > SLUG_LENGTH) slug = TRAILING_DASHES.matcher(slug.substring(0, SLUG_LENGTH)).replaceAll("");
        long hash = Hashing.xxh3_64().hashCharsToLong(foundingArticleId);
        return (slug.isEmpty() ? "event" : slug) + "-" + String.format("%08x", hash & 0xffffffffL);
    }

    private static List<String> where(EventState event) {
        List<String> places = top(event.places(), Integer.MAX_VALUE);
        if (places.isEmpty()) return top(event.names(), 2);
        String local = places.stream().filter(place -> !Regions.isRegion(place)).findFirst().orElse(null);
        String region = places.stream().filter(Regions::isRegion).findFirst().orElse(null);
        if (local != null && region != null) return List.of(local, region);
        return places.subList(0, Math.min(2, places.size()));
    }

    private static List<String> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
