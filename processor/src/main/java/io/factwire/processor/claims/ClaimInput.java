package io.factwire.processor.claims;

import io.factwire.processor.facts.ArticleClaims;

/** What the claim tracker receives per article: its freshly extracted claims, or its move to another event. */
sealed interface ClaimInput {

    /** @param ingested when the article was ingested: its claims are held {@code retention} from then */
    record Extracted(ArticleClaims claims, long ingested) implements ClaimInput {}

    record Moved(String event) implements ClaimInput {}
}
