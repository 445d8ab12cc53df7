package io.factwire.processor.facts;

import io.factwire.avro.Claim;
import java.util.List;
import java.util.Objects;

/**
 * Every claim one unique article makes, as one record: the fact table replaces an article's earlier claims with
 * these (a re-sent article never adds), which needs the whole set, including the empty one.
 */
public record ArticleClaims(String article, String event, List<Claim> claims) {

    public ArticleClaims {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
        claims = List.copyOf(claims);
    }

    /** The claims about this event; background claims (other, earlier events) are never folded into its facts. */
    public List<Claim> foreground() {
        return claims.stream().filter(claim -> !claim.getBackground()).toList();
    }
}
