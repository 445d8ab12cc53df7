package io.factwire.processor.facts;

import io.factwire.avro.Claim;
import io.factwire.avro.CompetingFigure;
import io.factwire.avro.FactClaim;
import io.factwire.avro.Qualifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of one fact as a pure function of the SET of claims behind it (processor/README-facts.md has the
 * policy and its reasons). Arrival order, duplicates and the time of computation never enter: the same claims
 * always give the same {@link FactFigures}.
 *
 * <ol>
 *   <li>Background claims (other, earlier events) are never folded in.</li>
 *   <li>Each article speaks once: its figure is its largest definite claim. Several figures of one article for the
 *       same people are parts and a total ("12 were killed ... one of them was beheaded"), so the total stands.</li>
 *   <li>Vague words ("dozens") count only while no article gives a definite number.</li>
 *   <li>low = the smallest figure a source commits to (ACLED's conservative figure); high = the largest figure
 *       any source states, range tops included; best = the largest figure a source commits to: tolls rise as
 *       reports come in, so a lower figure is usually an earlier snapshot rather than a contradiction.
 *       "Up to" figures are ceilings: they reach high, and low/best only when no source commits to a floor.</li>
 *   <li>One origin cannot hijack best: a figure more than {@code ratio} times the corroborated one (the figure at
 *       least two independent origins commit to) needs a second origin; until then it reaches only high and the
 *       fact is contested, listing the competing figures with their origins.</li>
 * </ol>
 */
public final class FactPolicy {

    /** The claims a fact carries are capped so a FactUpdate (before + after) stays far below the record limit. */
    public static final int DEFAULT_MAX_CLAIMS = 100;

    /** Stable display order of the claims behind a fact: oldest article first. */
    static final Comparator<FactClaim> CLAIM_ORDER = Comparator
            .comparing(FactClaim::getPublished, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(FactClaim::getArticle)
            .thenComparing(FactClaim::getCount, Comparator.reverseOrder())
            .thenComparing(FactClaim::getQualifier)
            .thenComparing(FactClaim::getText)
            .thenComparing(claim -> String.valueOf(claim.getAttribution()));

    /** How far above the corroborated figure one origin may go alone (README-facts.md: the figures that chose it). */
    public static final double DEFAULT_CORROBORATION_RATIO = 2.0;

    private final int maxClaims;
    private final double ratio;

    public FactPolicy(int maxClaims, double ratio) {
        if (maxClaims < 1) throw new IllegalArgumentException("maxClaims must be at least 1, was " + maxClaims);
        if (!(ratio >= 1)) throw new IllegalArgumentException("ratio must be at least 1, was " + ratio);
        this.maxClaims = maxClaims;
        this.ratio = ratio;
    }

    public FactPolicy(int maxClaims) {
        this(maxClaims, DEFAULT_CORROBORATION_RATIO);
    }

    public FactPolicy() {
        this(DEFAULT_MAX_CLAIMS);
    }

    /** The figures of the claims behind one fact (one event, outcome and group); empty when none is foreground. */
    public Optional<FactFigures> figures(Collection<Claim> claims) {
        Map<String, List<Claim>> byArticle = byArticle(claims);
        if (byArticle.isEmpty()) return Optional.empty();
        Figures figures = figures(byArticle);

        SortedSet<String> origins = new TreeSet<>();
        byArticle.forEach((article, articleClaims) -> origins.addAll(originsOf(article, articleClaims)));
        List<FactClaim> provenance = byArticle.values().stream()
                .flatMap(List::stream)
                .map(FactPolicy::toFactClaim)
                .distinct()
                .sorted(CLAIM_ORDER)
                .limit(maxClaims)
                .toList();
        List<CompetingFigure> competing = figures.corroboration().held().isEmpty() ? List.of()
                : figures.corroboration().competing(figures.best().getCount(), BEST_ORDER);
        return Optional.of(new FactFigures(figures.low(), figures.best().getCount(), figures.high(),
                figures.best().getQualifier(), new TreeSet<>(byArticle.keySet()), origins, provenance,
                !competing.isEmpty(), competing, figures.corroborated()));
    }

    /** The figures alone, without provenance: what a timeline point holds and a total adds up. */
    Optional<FactTotals.Part> part(Collection<Claim> claims) {
        Map<String, List<Claim>> byArticle = byArticle(claims);
        if (byArticle.isEmpty()) return Optional.empty();
        Figures figures = figures(byArticle);
        return Optional.of(new FactTotals.Part(figures.low(), figures.best().getCount(), figures.high(),
                figures.corroborated(), byArticle.size()));
    }

    private record Figures(long low, Claim best, long high, Corroboration corroboration) {
        long corroborated() {
            return Math.min(best.getCount(), corroboration.corroborated());
        }
    }

    private Figures figures(Map<String, List<Claim>> byArticle) {
        List<Claim> candidates = byArticle.values().stream().map(FactPolicy::articleFigure).toList();
        candidates = preferring(candidates, claim -> !claim.getVague());
        List<Claim> committed = preferring(candidates, claim -> claim.getQualifier() != Qualifier.up_to);

        Corroboration corroboration = Corroboration.of(committed, ratio);
        Claim best = corroboration.accepted().stream().max(BEST_ORDER).orElseThrow();
        long low = committed.stream().mapToLong(Claim::getCount).min().orElseThrow();
        long high = candidates.stream().mapToLong(FactPolicy::upper).max().orElseThrow();
        return new Figures(low, best, high, corroboration);
    }

    private static Map<String, List<Claim>> byArticle(Collection<Claim> claims) {
        return claims.stream()
                .filter(FactPolicy::foreground)
                .collect(Collectors.groupingBy(Claim::getArticle, TreeMap::new, Collectors.toList()));
    }

    /**
     * Whether a claim may move this event's facts: not when the extractor marked it background, nor when its
     * sentence dates itself to another year than the article's (see {@link OtherYear}).
     */
    static boolean foreground(Claim claim) {
        return !claim.getBackground() && !OtherYear.mentioned(claim.getText(), claim.getPublished(), claim.getCount());
    }

    /** Orders claims by how well they state a figure: a definite floor beats a vague word or a ceiling. */
    private static final Comparator<Claim> ARTICLE_FIGURE_ORDER = Comparator
            .comparing((Claim claim) -> !claim.getVague())
            .thenComparing(claim -> claim.getQualifier() != Qualifier.up_to)
            .thenComparingLong(Claim::getCount)
            .thenComparingLong(FactPolicy::upper)
            .thenComparing(claim -> -precision(claim.getQualifier()));

    /** Largest figure first; among equal figures the most precise qualifier, then the smallest article id. */
    static final Comparator<Claim> BEST_ORDER = Comparator
            .comparingLong(Claim::getCount)
            .thenComparing(claim -> -precision(claim.getQualifier()))
            .thenComparing(Claim::getArticle, Comparator.reverseOrder());

    private static Claim articleFigure(List<Claim> articleClaims) {
        return articleClaims.stream().max(ARTICLE_FIGURE_ORDER.thenComparing(Claim::getText)).orElseThrow();
    }

    /** The claims that pass the test when any does, else all of them. */
    private static List<Claim> preferring(List<Claim> claims, Predicate<Claim> test) {
        List<Claim> passing = claims.stream().filter(test).toList();
        return passing.isEmpty() ? claims : passing;
    }

    static long upper(Claim claim) {
        return claim.getQualifier() == Qualifier.range && claim.getHigh() != null ? claim.getHigh() : claim.getCount();
    }

    /** Lower is more precise: an exact figure is the most informative statement of a number. */
    static int precision(Qualifier qualifier) {
        return switch (qualifier) {
            case exact -> 0;
            case about -> 1;
            case at_least -> 2;
            case more_than -> 3;
            case range -> 4;
            case up_to -> 5;
        };
    }

    /** An article's claims for one fact name their sources; an article that names none is its own origin. */
    static List<String> originsOf(String article, List<Claim> articleClaims) {
        List<String> named = new ArrayList<>();
        for (Claim claim : articleClaims) {
            if (claim.getAttribution() != null && !claim.getAttribution().isBlank()) {
                named.add(OriginKey.of(claim.getAttribution(), article));
            }
        }
        return named.isEmpty() ? List.of(OriginKey.of(null, article)) : named;
    }

    static FactClaim toFactClaim(Claim claim) {
        return FactClaim.newBuilder()
                .setArticle(claim.getArticle())
                .setOutlet(claim.getOutlet())
                .setCount(claim.getCount())
                .setHigh(claim.getHigh())
                .setQualifier(claim.getQualifier())
                .setVague(claim.getVague())
                .setAttribution(claim.getAttribution())
                .setText(claim.getText())
                .setPublished(claim.getPublished())
                .build();
    }
}
