package io.factwire.processor.facts;

import io.factwire.avro.FactClaim;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
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
                .filter(entry -> entry.getKey() != VictimGroup.unspecified && entry.getKey() != VictimGroup.all)
                .map(Map.Entry::getValue)
                .toList();
        FactFigures overall = groups.get(VictimGroup.unspecified);
        if (named.isEmpty() && overall == null) return Optional.empty();

        long sumLow = named.stream().mapToLong(FactFigures::low).sum();
        long sumBest = named.stream().mapToLong(FactFigures::best).sum();
        long sumHigh = named.stream().mapToLong(FactFigures::high).sum();
        boolean overallWins = overall != null && (named.isEmpty() || overall.best() > sumBest);
        Qualifier qualifier = overallWins ? overall.qualifier() : sumQualifier(named);

        SortedSet<String> articles = new TreeSet<>();
        SortedSet<String> origins = new TreeSet<>();
        List<FactClaim> claims = new ArrayList<>();
        for (FactFigures figures : groups.values()) {
            articles.addAll(figures.articles());
            origins.addAll(figures.origins());
            claims.addAll(figures.claims());
        }
        return Optional.of(new FactFigures(
                Math.max(sumLow, overall == null ? 0 : overall.low()),
                overallWins ? overall.best() : sumBest,
                Math.max(sumHigh, overall == null ? 0 : overall.high()),
                qualifier, articles, origins,
                claims.stream().distinct().sorted(FactPolicy.CLAIM_ORDER).limit(maxClaims).toList()));
    }

    /** A sum of exact figures is exact; with an estimate in it, an estimate; otherwise it is a floor. */
    private static Qualifier sumQualifier(List<FactFigures> parts) {
        if (parts.size() == 1) return parts.getFirst().qualifier();
        if (parts.stream().allMatch(part -> part.qualifier() == Qualifier.exact)) return Qualifier.exact;
        if (parts.stream().anyMatch(part -> part.qualifier() == Qualifier.about)) return Qualifier.about;
        return Qualifier.at_least;
    }
}
