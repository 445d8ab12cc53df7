package io.factwire.processor.claims;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.processor.events.EventStreams;
import io.factwire.processor.facts.ArticleClaims;
import io.factwire.processor.facts.ArticleClaimsSerde;
import io.factwire.processor.facts.FactKey;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.time.Duration;
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
 * <p>When an article's event is absorbed by another, its claims follow it (processor {@value #TRACK}, store
 * {@value ClaimTracker#STORE}): its empty set under the former event, its claims under the new one, and the claims
 * written again to {@code claims} under the new event's fact keys.
 *
 * <p>An article whose extraction throws fails in processor {@value #EXTRACT}; the processing exception handler
 * turns it into a dead letter (stage {@code claims}) and the stream carries on.
 */
public final class ClaimStage {

    public static final String EXTRACT = "claims-extract";
    public static final String TRACK = "claims-track";

    private ClaimStage() {}

    /**
     * @param events    the event stage's articles (event id set) and moves, keyed by article id
     * @param retention how long after an article's ingestion its claims can still follow a move: the events'
     *                  retention, after which an event without new articles is forgotten
     * @return every unique article's claim set, and the two sets of each move, keyed by article id
     */
    public static KStream<String, ArticleClaims> apply(EventStreams events, Topics topics, ClaimReader reader,
                                                       Duration retention) {
        KStream<String, ClaimInput> extracted = events.articles().mapValues(
                (articleId, article) -> new ClaimInput.Extracted(
                        new ArticleClaims(articleId, eventOf(article), reader.read(article)), article.getIngested().toEpochMilli()),
                Named.as(EXTRACT));
        KStream<String, ClaimInput> moved = events.moves()
                .mapValues(move -> new ClaimInput.Moved(move.event()), Named.as("claims-moved"));
        Topic<String, Claim> claims = topics.claims();
        KStream<String, ArticleClaims> batches = extracted
                .merge(moved, Named.as("claims-inputs"))
                .process(ClaimTracker.supplier(new ArticleClaimsSerde(claims.valueSerde()), retention), Named.as(TRACK));
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
