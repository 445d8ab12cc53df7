package io.factwire.processor.facts;

import io.factwire.avro.Claim;
import io.factwire.avro.TimelinePoint;
import io.factwire.avro.VictimGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts of one event and outcome by publication time: for each publication time at which they change, the
 * figures computed from the claims published up to then (README-facts.md, "Timeline"). Arrival order never enters:
 * an article of Monday that arrives on Wednesday changes the timeline from Monday on.
 *
 * <p>Bounded per fact: every change within {@code exact} of the fact's newest point is kept; older changes keep
 * the last point of each hour; past {@code limit} points the oldest go. Since the points before a late article's
 * publication time cannot change, only the part from there on (from the start of its hour, when that is in the
 * thinned part) is computed again. A claim without a publication time counts from the first publication time of the
 * event's claims of this outcome (from 1970-01-01 when none has one): the only place no arrival order decides.
 * Since any article may move that first time, an outcome with undated claims is computed again whole.
 */
final class FactTimeline {

    public static final Duration DEFAULT_EXACT = Duration.ofDays(3);
    public static final int DEFAULT_LIMIT = 500;

    private final FactPolicy policy;
    private final Duration exact;
    private final int limit;

    FactTimeline(FactPolicy policy, Duration exact, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        this.policy = policy;
        this.exact = exact;
        this.limit = limit;
    }

    /**
     * Every group's timeline (and the total's, under {@code all}) of one event and outcome, given all its claims
     * now, the timelines stored before, and the earliest publication time the change touched.
     */
    Map<VictimGroup, List<TimelinePoint>> timelines(Map<VictimGroup, List<Claim>> byGroup,
                                                    Map<VictimGroup, List<TimelinePoint>> before, Instant changed) {
        // Undated claims sit at the first publication time, which any article may move: then nothing is kept.
        boolean undatedClaims = byGroup.values().stream().flatMap(List::stream).anyMatch(claim -> claim.getPublished() == null);
        Instant from = undatedClaims ? Instant.MIN : start(before, changed);
        Map<VictimGroup, List<TimelinePoint>> result = new EnumMap<>(VictimGroup.class);
        before.forEach((group, points) -> result.put(group, new ArrayList<>(
                points.stream().filter(point -> point.getAt().isBefore(from)).toList())));

        Instant undated = byGroup.values().stream().flatMap(List::stream).map(Claim::getPublished)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Function<Claim, Instant> time = claim -> claim.getPublished() == null ? undated : claim.getPublished();
        List<Claim> all = byGroup.values().stream().flatMap(List::stream).sorted(Comparator.comparing(time)).toList();
        Map<VictimGroup, List<Claim>> published = new EnumMap<>(VictimGroup.class);
        Set<String> articles = new HashSet<>();
        int next = 0;
        while (next < all.size()) {
            Instant at = time.apply(all.get(next));
            while (next < all.size() && time.apply(all.get(next)).equals(at)) {
                Claim claim = all.get(next++);
                published.computeIfAbsent(claim.getGroup(), group -> new ArrayList<>()).add(claim);
                if (FactPolicy.foreground(claim)) articles.add(claim.getArticle());
            }
            if (at.isBefore(from)) continue;
            Map<VictimGroup, FactTotals.Part> parts = new EnumMap<>(VictimGroup.class);
            published.forEach((group, claims) -> policy.part(claims).ifPresent(part -> parts.put(group, part)));
            parts.forEach((group, part) -> append(result, group, part.at(at)));
            FactTotals.point(parts, articles.size(), at).ifPresent(total -> append(result, VictimGroup.all, total));
        }
        result.replaceAll((group, points) -> bounded(points));
        result.values().removeIf(List::isEmpty);
        return result;
    }

    /** Where recomputing starts: the changed publication time, or the start of its hour when that part is thinned. */
    private Instant start(Map<VictimGroup, List<TimelinePoint>> before, Instant changed) {
        Instant newest = before.values().stream().filter(points -> !points.isEmpty())
                .map(points -> points.getLast().getAt()).max(Comparator.naturalOrder()).orElse(changed);
        return changed.isBefore(newest.minus(exact)) ? changed.truncatedTo(ChronoUnit.HOURS) : changed;
    }

    private static void append(Map<VictimGroup, List<TimelinePoint>> result, VictimGroup group, TimelinePoint point) {
        List<TimelinePoint> points = result.computeIfAbsent(group, g -> new ArrayList<>());
        if (points.isEmpty() || !sameFigures(points.getLast(), point)) points.add(point);
    }

    static boolean sameFigures(TimelinePoint a, TimelinePoint b) {
        return a.getLow() == b.getLow() && a.getBest() == b.getBest() && a.getHigh() == b.getHigh()
                && a.getSources() == b.getSources();
    }

    /** Exact within {@code exact} of the newest point, the last point of each hour before, at most {@code limit}. */
    List<TimelinePoint> bounded(List<TimelinePoint> points) {
        if (points.isEmpty()) return points;
        Instant exactFrom = points.getLast().getAt().minus(exact);
        List<TimelinePoint> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TimelinePoint point = points.get(i);
            boolean lastOfItsHour = i + 1 == points.size() || !hour(points.get(i + 1)).equals(hour(point));
            if (!point.getAt().isBefore(exactFrom) || lastOfItsHour) {
                if (kept.isEmpty() || !sameFigures(kept.getLast(), point)) kept.add(point);
            }
        }
        return kept.size() <= limit ? kept : new ArrayList<>(kept.subList(kept.size() - limit, kept.size()));
    }

    private static Instant hour(TimelinePoint point) {
        return point.getAt().truncatedTo(ChronoUnit.HOURS);
    }
}
