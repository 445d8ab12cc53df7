package io.factwire.processor.facts;

import io.factwire.avro.CompetingFigure;
import io.factwire.avro.FactClaim;
import io.factwire.avro.Qualifier;
import io.factwire.avro.TimelinePoint;
import io.factwire.avro.VictimGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The per-event total of one outcome (group {@code all}), derived from that event's per-group facts.
 *
 * <p>The named groups (security forces, civilians, protesters, militants) count different people, so their sum is
 * a total; an {@code unspecified} figure is most often a stated overall toll ("the death toll rose to 40"). The
 * total takes, figure by figure, the larger of the two: a stated overall toll above the sum of the parts means
 * the parts are incomplete, a sum above it means the overall toll is stale. Each component keeps low <= best <=
 * high, so the total does too.
 */
public final class FactTotals {

    private FactTotals() {}

    public static Optional<FactFigures> total(Map<VictimGroup, FactFigures> groups, int maxClaims) {
        List<FactFigures> named = groups.entrySet().stream()
                .filter(entry -> isNamed(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        FactFigures overall = groups.get(VictimGroup.unspecified);
        if (named.isEmpty() && overall == null) return Optional.empty();
        Sum sum = sum(named.stream().map(f -> new long[] {f.low(), f.best(), f.high()}).toList(),
                overall == null ? null : new long[] {overall.low(), overall.best(), overall.high()});
        Qualifier qualifier = sum.overallWins() ? overall.qualifier() : sumQualifier(named);

        SortedSet<String> articles = new TreeSet<>();
        SortedSet<String> origins = new TreeSet<>();
        List<FactClaim> claims = new ArrayList<>();
        List<CompetingFigure> competing = new ArrayList<>();
        for (FactFigures figures : groups.values()) {
            articles.addAll(figures.articles());
            origins.addAll(figures.origins());
            claims.addAll(figures.claims());
            competing.addAll(figures.competing());
        }
        return Optional.of(new FactFigures(sum.low(), sum.best(), sum.high(), qualifier, articles, origins,
                claims.stream().distinct().sorted(FactPolicy.CLAIM_ORDER).limit(maxClaims).toList(),
                groups.values().stream().anyMatch(FactFigures::contested), competing));
    }

    /** The total's figures as of one time, from the groups' points then (sources: the articles behind any group). */
    static Optional<TimelinePoint> point(Map<VictimGroup, TimelinePoint> groups, int sources, Instant at) {
        List<long[]> named = groups.entrySet().stream()
                .filter(entry -> isNamed(entry.getKey()))
                .map(entry -> new long[] {entry.getValue().getLow(), entry.getValue().getBest(), entry.getValue().getHigh()})
                .toList();
        TimelinePoint overall = groups.get(VictimGroup.unspecified);
        if (named.isEmpty() && overall == null) return Optional.empty();
        Sum sum = sum(named, overall == null ? null : new long[] {overall.getLow(), overall.getBest(), overall.getHigh()});
        return Optional.of(new TimelinePoint(at, sum.low(), sum.best(), sum.high(), sources));
    }

    private static boolean isNamed(VictimGroup group) {
        return group != VictimGroup.unspecified && group != VictimGroup.all;
    }

    /** Figure by figure, the larger of the named groups' sum and the overall toll ({low, best, high} each). */
    private record Sum(long low, long best, long high, boolean overallWins) {}

    private static Sum sum(List<long[]> named, long[] overall) {
        long low = named.stream().mapToLong(f -> f[0]).sum();
        long best = named.stream().mapToLong(f -> f[1]).sum();
        long high = named.stream().mapToLong(f -> f[2]).sum();
        boolean overallWins = overall != null && (named.isEmpty() || overall[1] > best);
        return new Sum(Math.max(low, overall == null ? 0 : overall[0]), overallWins ? overall[1] : best,
                Math.max(high, overall == null ? 0 : overall[2]), overallWins);
    }

    /** A sum of exact figures is exact; with an estimate in it, an estimate; otherwise it is a floor. */
    private static Qualifier sumQualifier(List<FactFigures> parts) {
        if (parts.size() == 1) return parts.getFirst().qualifier();
        if (parts.stream().allMatch(part -> part.qualifier() == Qualifier.exact)) return Qualifier.exact;
        if (parts.stream().anyMatch(part -> part.qualifier() == Qualifier.about)) return Qualifier.about;
        return Qualifier.at_least;
    }
}
