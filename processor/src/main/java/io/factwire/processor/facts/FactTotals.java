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
import java.util.stream.Collectors;

/**
 * The per-event total of one outcome (group {@code all}), derived from that event's per-group facts.
 *
 * <p>The named groups (security forces, civilians, protesters, militants) count different people, so their sum is
 * a total; an {@code unspecified} figure is most often a stated overall toll ("the death toll rose to 40"). The
 * total takes, figure by figure, the larger of the two: a stated overall toll above the sum of the parts means
 * the parts are incomplete, a sum above it means the overall toll is stale. Each component keeps low <= best <=
 * high, so the total does too.
 *
 * <p>One article cannot lift a total that several agree on: when the sum of the parts is above an overall toll
 * that two or more articles state, a part that rests on one article alone is left out of best and low (it counts
 * in high, and the total is contested). On a noisy stream a run of headlines read as one sentence ("meteorite
 * explosion injures 1200 Russian punks face video ban") files a toll under a second group, and the sum would
 * double the figure every other report gives (README-facts.md, "The per-event total").
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
        Sum sum = sum(named.stream().map(FactTotals::part).toList(), overall == null ? null : part(overall));
        List<FactFigures> counted = named.stream().filter(part -> !sum.leftOut(part.articles().size())).toList();
        Qualifier qualifier = sum.overallWins() ? overall.qualifier() : sumQualifier(counted);

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
        if (sum.heldBack()) competing.addAll(heldBack(named, counted, overall, sum, qualifier));
        return Optional.of(new FactFigures(sum.low(), sum.best(), sum.high(), qualifier, articles, origins,
                claims.stream().distinct().sorted(FactPolicy.CLAIM_ORDER).limit(maxClaims).toList(),
                sum.heldBack() || groups.values().stream().anyMatch(FactFigures::contested), competing));
    }

    /** The sum with the one-article parts in it, and the best figure without them, each with what states it. */
    private static List<CompetingFigure> heldBack(List<FactFigures> named, List<FactFigures> counted,
                                                  FactFigures overall, Sum sum, Qualifier bestQualifier) {
        return List.of(competing(named.stream().mapToLong(FactFigures::best).sum(), sumQualifier(named), named),
                competing(sum.best(), bestQualifier, sum.overallWins() ? List.of(overall) : counted));
    }

    private static CompetingFigure competing(long count, Qualifier qualifier, List<FactFigures> parts) {
        return CompetingFigure.newBuilder()
                .setCount(count)
                .setQualifier(qualifier)
                .setOrigins(new ArrayList<>(parts.stream().flatMap(part -> part.origins().stream()).collect(
                        Collectors.toCollection(TreeSet::new))))
                .setArticles(new ArrayList<>(parts.stream().flatMap(part -> part.articles().stream()).collect(
                        Collectors.toCollection(TreeSet::new))))
                .build();
    }

    /** A group's figures and how many articles state them: what the sum needs of a fact or a timeline point. */
    private record Part(long low, long best, long high, long articles) {}

    private static Part part(FactFigures figures) {
        return new Part(figures.low(), figures.best(), figures.high(), figures.articles().size());
    }

    /** The total's figures as of one time, from the groups' points then (sources: the articles behind any group). */
    static Optional<TimelinePoint> point(Map<VictimGroup, TimelinePoint> groups, int sources, Instant at) {
        List<Part> named = groups.entrySet().stream()
                .filter(entry -> isNamed(entry.getKey()))
                .map(entry -> part(entry.getValue()))
                .toList();
        TimelinePoint overall = groups.get(VictimGroup.unspecified);
        if (named.isEmpty() && overall == null) return Optional.empty();
        Sum sum = sum(named, overall == null ? null : part(overall));
        return Optional.of(new TimelinePoint(at, sum.low(), sum.best(), sum.high(), sources));
    }

    private static Part part(TimelinePoint point) {
        return new Part(point.getLow(), point.getBest(), point.getHigh(), point.getSources());
    }

    private static boolean isNamed(VictimGroup group) {
        return group != VictimGroup.unspecified && group != VictimGroup.all;
    }

    /**
     * Figure by figure, the larger of the named groups' sum and the overall toll, parts of one article left out of low and best when they would lift the sum above an overall toll of
     * several articles.
     */
    private record Sum(long low, long best, long high, boolean overallWins, boolean heldBack) {
        boolean leftOut(long partArticles) {
            return heldBack && partArticles < 2;
        }
    }

    private static Sum sum(List<Part> named, Part overall) {
        long high = named.stream().mapToLong(Part::high).sum();
        boolean heldBack = overall != null && overall.articles() >= 2
                && named.stream().mapToLong(Part::best).sum() > overall.best()
                && named.stream().anyMatch(part -> part.articles() < 2);
        List<Part> counted = heldBack ? named.stream().filter(part -> part.articles() >= 2).toList() : named;
        long low = counted.stream().mapToLong(Part::low).sum();
        long best = counted.stream().mapToLong(Part::best).sum();
        boolean overallWins = overall != null && (counted.isEmpty() || overall.best() > best);
        return new Sum(Math.max(low, overall == null ? 0 : overall.low()), overallWins ? overall.best() : best,
                Math.max(high, overall == null ? 0 : overall.high()), overallWins, heldBack);
    }

    /** A sum of exact figures is exact; with an estimate in it, an estimate; otherwise it is a floor. */
    private static Qualifier sumQualifier(List<FactFigures> parts) {
        if (parts.size() == 1) return parts.getFirst().qualifier();
        if (parts.stream().allMatch(part -> part.qualifier() == Qualifier.exact)) return Qualifier.exact;
        if (parts.stream().anyMatch(part -> part.qualifier() == Qualifier.about)) return Qualifier.about;
        return Qualifier.at_least;
    }
}
