package io.factwire.processor.claims;

import io.factwire.avro.Claim;
import io.factwire.processor.facts.ArticleClaims;
import io.factwire.processor.facts.ArticleClaimsSerde;
import io.factwire.processor.facts.FactKey;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.util.List;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Claims: the extractor runs where the article arrives (processor {@value #EXTRACT}, in the topology's head, on
 * every partition of {@code articles}); once the article has its event, {@link #apply} spreads the claim sets by
 * article id over {@value #BY_ARTICLE}, writes each claim to {@code claims} keyed by its fact key
 * {@code event/outcome/group} (background claims included, flagged), and hands the article's whole claim set on
 * to the fact table.
 *
 * <p>When an article's event is absorbed by another, its claims follow it (processor {@value #TRACK}, store
 * {@value ClaimTracker#STORE}): its empty set under the former event, its claims under the new one, and the claims
 * written again to {@code claims} under the new event's fact keys.
 *
 * <p>An article whose extraction throws fails in processor {@value #EXTRACT}; the processing exception handler
 * turns it into a dead letter (stage {@code claims}) and the stream carries on without it.
 */
public final class ClaimStage {

    public static final String EXTRACT = "claims-extract";
    public static final String TRACK = "claims-track";
    /** Claim sets and moves on their way to their article's tracker task: ids and claims, never the article. */
    public static final String BY_ARTICLE = "claims-articles";

    private ClaimStage() {}

    /**
     * @param inputs     each unique article's claims in its event, and the moves of articles whose event was
     *                   absorbed by another (after that article's own claims), keyed by article id
     * @param partitions partitions of the {@value #BY_ARTICLE} hop
     * @param retention  how long after an article's ingestion its claims can still follow a move: the events'
     *                   retention, after which an event without new articles is forgotten
     * @return every unique article's claim set, and the two sets of each move, keyed by article id
     */
    public static KStream<String, ArticleClaims> apply(KStream<String, ClaimInput> inputs, Topics topics, int partitions,
                                                       Duration retention) {
        Topic<String, Claim> claims = topics.claims();
        KStream<String, ArticleClaims> batches = inputs
                .repartition(Repartitioned.<String, ClaimInput>as(BY_ARTICLE).withNumberOfPartitions(partitions)
                        .withKeySerde(Serdes.String()).withValueSerde(ClaimInput.SERDE))
                .process(ClaimTracker.supplier(new ArticleClaimsSerde(claims.valueSerde()), retention), Named.as(TRACK));
        batches.flatMap((articleId, batch) -> batch.claims().stream()
                                .map(claim -> KeyValue.pair(factKey(claim, batch.event()), claim))
                                .toList(),
                        Named.as("claims-by-fact-key"))
                .to(claims.name(), Produced.with(claims.keySerde(), claims.valueSerde()).withName("claims-sink"));
        return batches;
    }

    /** The claims an article makes, placed in its event: the extractor reads them before the event is known. */
    public static ArticleClaims inEvent(String articleId, String event, List<Claim> claims) {
        return new ArticleClaims(articleId, event,
                claims.stream().map(claim -> Claim.newBuilder(claim).setEvent(event).build()).toList());
    }

    private static String factKey(Claim claim, String event) {
        return new FactKey(event, claim.getOutcome(), claim.getGroup()).toString();
    }
}
