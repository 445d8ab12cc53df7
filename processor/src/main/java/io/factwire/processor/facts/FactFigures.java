package io.factwire.processor.facts;

import io.factwire.avro.CompetingFigure;
import io.factwire.avro.FactClaim;
import io.factwire.avro.FactState;
import io.factwire.avro.Qualifier;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;

/**
 * What a fact says, computed from the set of claims behind it: the figures, the best figure's qualifier, the
 * distinct articles and origins, the claims (provenance), and whether independent origins disagree (contested,
 * with the competing figures). Everything a reader compares to decide whether a fact changed; the running
 * bookkeeping (version, updated, history, timeline) lives only in {@link FactState}.
 *
 * @param corroborated how much of best two independent origins commit to (at most best; 0 with one origin): what
 *                     the fact may add to a per-event total that other reports contradict ({@link FactTotals})
 */
public record FactFigures(long low, long best, long high, Qualifier qualifier,
                          SortedSet<String> articles, SortedSet<String> origins, List<FactClaim> claims,
                          boolean contested, List<CompetingFigure> competing, long corroborated) {

    public FactFigures {
        if (low > best || best > high || corroborated > best) {
            throw new IllegalArgumentException("figures out of order: low " + low + ", best " + best + ", high " + high
                    + ", corroborated " + corroborated);
        }
        articles = Collections.unmodifiableSortedSet(articles);
        origins = Collections.unmodifiableSortedSet(origins);
        claims = List.copyOf(claims);
        competing = List.copyOf(competing);
    }

    public int sources() {
        return articles.size();
    }

    /** True when the stored state already says exactly this (version, updated and history aside). */
    public boolean sameAs(FactState state) {
        return state != null
                && state.getLow() == low && state.getBest() == best && state.getHigh() == high
                && state.getQualifier() == qualifier
                && state.getSources() == articles.size() && state.getOrigins() == origins.size()
                && state.getClaims().equals(claims)
                && state.getContested() == contested && state.getCompeting().equals(competing);
    }
}
