package io.factwire.processor.claims;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.processor.facts.FactKey;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Unique articles to claims: runs the extractor once per article in the article's own partition (extraction is
 * the CPU-heavy step, so it stays spread over every partition), writes each claim to {@code claims} keyed by its
 * fact key {@code event/outcome/group} (background claims included, flagged), and hands the article's whole
 * claim set on to the fact table.
 *
 * <p>An article whose extraction throws fails in processor {@value #EXTRACT}; the processing exception handler
 * turns it into a dead letter (stage {@code claims}) and the stream carries on.
 */
public final class ClaimStage {

    public static final String EXTRACT = "claims-extract";

    private ClaimStage() {}

    /** @return every unique article's claim set, still keyed by article id */
    public static KStream<String, ArticleClaims> apply(KStream<String, Article> unique, Topics topics, ClaimReader reader) {
        KStream<String, ArticleClaims> batches = unique.mapValues(
                (articleId, article) -> new ArticleClaims(articleId, eventOf(article), reader.read(article)),
                Named.as(EXTRACT));
        Topic<String, Claim> claims = topics.claims();
        batches.flatMap((articleId, batch) -> batch.claims().stream()
                                .map(claim -> KeyValue.pair(factKey(claim, batch.event()), claim))
                                .toList(),
                        Named.as("claims-by-fact-key"))
                .to(claims.name(), Produced.with(claims.keySerde(), claims.valueSerde()).withName("claims-sink"));
        return batches;
    }

    private static String eventOf(Article article) {
        if (article.getEvent() == null || article.getEvent().isBlank()) {
            throw new IllegalArgumentException("article " + article.getId() + " reached the claim stage without an event id");
        }
        return article.getEvent();
    }

    private static String factKey(Claim claim, String event) {
        return new FactKey(event, claim.getOutcome(), claim.getGroup()).toString();
    }
}
