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
 * <p>One source cannot lift a total that several agree on: when the sum of the parts is above an overall toll that
 * two or more articles state, each part counts in best and low only as far as two independent origins commit to it
 * (its corroborated figure; nothing for a part of one article). The rest counts in high, and the total is contested.
 * On a noisy stream a run of headlines read as one sentence ("meteorite explosion injures 1200 Russian punks face
 * video ban") files a toll under a second group, and one report of a neighbouring incident lifts a group's best
 * within the corroboration ratio; either way the sum would rise above the figure every other report gives
 * (README-facts.md, "The per-event total").
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
        Sum sum = sum(named.stream().map(Part::of).toList(), overall == null ? null : Part.of(overall));
        List<FactFigures> counted = named.stream().filter(part -> sum.counted(Part.of(part)) > 0).toList();
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
                sum.heldBack() || groups.values().stream().anyMatch(FactFigures::contested), competing,
                Math.min(sum.best(), Math.max(named.stream().mapToLong(FactFigures::corroborated).sum(),
                        overall == null ? 0 : overall.corroborated()))));
    }

    /** The sum of the parts' best figures, and best with each part at its corroborated figure, each with what states it. */
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

    /**
     * A group's figures, the part of best two independent origins commit to, and how many articles state them: what
     * the sum needs of a fact or of its figures as of one time.
     */
    record Part(long low, long best, long high, long corroborated, int articles) {
        static Part of(FactFigures figures) {
            return new Part(figures.low(), figures.best(), figures.high(), figures.corroborated(), figures.articles().size());
        }

        TimelinePoint at(Instant at) {
            return new TimelinePoint(at, low, best, high, articles);
        }
    }

    /** The total's figures as of one time, from the groups' figures then (sources: the articles behind any group). */
    static Optional<TimelinePoint> point(Map<VictimGroup, Part> groups, int sources, Instant at) {
        List<Part> named = groups.entrySet().stream()
                .filter(entry -> isNamed(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        Part overall = groups.get(VictimGroup.unspecified);
        if (named.isEmpty() && overall == null) return Optional.empty();
        Sum sum = sum(named, overall);
        return Optional.of(new TimelinePoint(at, sum.low(), sum.best(), sum.high(), sources));
    }

    private static boolean isNamed(VictimGroup group) {
        return group != VictimGroup.unspecified && group != VictimGroup.all;
    }

    /**
     * Figure by figure, the larger of the named groups' sum and the overall toll; when the parts' best figures would
     * lift the sum above an overall toll of several articles, each part counts only its corroborated figure in low
     * and best ({@code heldBack}).
     */
    private record Sum(long low, long best, long high, boolean overallWins, boolean heldBack) {
        /** What a part adds to best. */
        long counted(Part part) {
            return heldBack ? part.corroborated() : part.best();
        }
    }

    private static Sum sum(List<Part> named, Part overall) {
        long high = named.stream().mapToLong(Part::high).sum();
        boolean heldBack = overall != null && overall.articles() >= 2
                && named.stream().mapToLong(Part::best).sum() > overall.best()
                && named.stream().anyMatch(part -> part.corroborated() < part.best());
        long best = named.stream().mapToLong(part -> heldBack ? part.corroborated() : part.best()).sum();
        long low = named.stream().mapToLong(part -> heldBack ? Math.min(part.low(), part.corroborated()) : part.low()).sum();
        boolean overallWins = overall != null && (best == 0 || overall.best() > best);
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
