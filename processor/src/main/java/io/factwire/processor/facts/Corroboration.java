package io.factwire.processor.facts;

import io.factwire.avro.Claim;
import io.factwire.avro.CompetingFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which committed figures may set a fact's best: one origin alone may not push it far above what independent
 * origins agree on (README-facts.md, "One origin cannot hijack best").
 *
 * <p>Each origin's figure is the largest its articles commit to. The corroborated figure is the second largest
 * origin figure: at least two independent origins commit to that much. A figure more than {@code ratio} times the
 * corroborated one is held: it stays out of best until a second origin comes near it, which raises the
 * corroborated figure. The corroborated figure counts as at least {@link #SMALL} for this: small tolls rise fast
 * (1, then 4, then 9) and a misread small figure does little harm. With one origin there is nothing to corroborate
 * against and nothing is held.
 *
 * @param accepted     the figures that may set best (never empty when the input is not)
 * @param held         the figures above the bar, from a single origin each
 * @param corroborated the figure at least two independent origins commit to; 0 with one origin
 */
record Corroboration(List<Claim> accepted, List<Claim> held, long corroborated) {

    /** Below this a corroborated figure is too small to measure a ratio against. */
    static final long SMALL = 10;

    static Corroboration of(List<Claim> committed, double ratio) {
        Map<String, Long> byOrigin = new TreeMap<>();
        committed.forEach(claim -> byOrigin.merge(origin(claim), claim.getCount(), Math::max));
        if (byOrigin.size() < 2) return new Corroboration(committed, List.of(), 0);
        List<Long> figures = byOrigin.values().stream().sorted(Comparator.reverseOrder()).toList();
        double bar = ratio * Math.max(SMALL, figures.get(1));
        List<Claim> accepted = committed.stream().filter(claim -> claim.getCount() <= bar).toList();
        List<Claim> held = committed.stream().filter(claim -> claim.getCount() > bar).toList();
        return new Corroboration(accepted, held, figures.get(1));
    }

    /** The best figure and each held figure, largest first, with the origins and articles that state them. */
    List<CompetingFigure> competing(long best, Comparator<Claim> order) {
        Map<Long, List<Claim>> byFigure = new TreeMap<>(Comparator.reverseOrder());
        held.forEach(claim -> byFigure.computeIfAbsent(claim.getCount(), figure -> new ArrayList<>()).add(claim));
        accepted.stream().filter(claim -> claim.getCount() == best)
                .forEach(claim -> byFigure.computeIfAbsent(best, figure -> new ArrayList<>()).add(claim));
        List<CompetingFigure> competing = new ArrayList<>();
        byFigure.forEach((figure, claims) -> competing.add(CompetingFigure.newBuilder()
                .setCount(figure)
                .setQualifier(claims.stream().max(order).orElseThrow().getQualifier())
                .setOrigins(new ArrayList<>(claims.stream().map(Corroboration::origin).collect(
                        Collectors.toCollection(TreeSet::new))))
                .setArticles(new ArrayList<>(claims.stream().map(Claim::getArticle).collect(
                        Collectors.toCollection(TreeSet::new))))
                .build()));
        return competing;
    }

    /** The origin of an article's figure: its named source, else the article itself. */
    static String origin(Claim claim) {
        return OriginKey.of(claim.getAttribution(), claim.getArticle());
    }
}
