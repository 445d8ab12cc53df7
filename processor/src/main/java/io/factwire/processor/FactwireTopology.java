package io.factwire.processor;

import io.factwire.avro.Article;
import io.factwire.extractor.ClaimExtractor;
import io.factwire.processor.claims.ClaimInput;
import io.factwire.processor.claims.ClaimReader;
import io.factwire.processor.claims.ClaimStage;
import io.factwire.processor.claims.ExtractorClaimReader;
import io.factwire.processor.dedup.ArticleSignature;
import io.factwire.processor.dedup.DedupConfig;
import io.factwire.processor.dedup.DedupStage;
import io.factwire.processor.errors.ArticleIntake;
import io.factwire.processor.events.Assigned;
import io.factwire.processor.events.EventConfig;
import io.factwire.processor.events.EventStage;
import io.factwire.processor.events.FeatureExtractor;
import io.factwire.processor.facts.FactConfig;
import io.factwire.processor.facts.FactStage;
import io.factwire.processor.order.RankHops;
import io.factwire.processor.order.RankOrder;
import io.factwire.processor.order.RankedBytes;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The factwire topology, end to end, in three sub-topologies and two hops before the fact table:
 * <pre>
 * articles (by id, P) -> intake check, resend filter, sign, event features, claims   (all the text work, every partition)
 *   --[dedup-sequence-0..P-1, 1 partition each, one task: compact record + article]--> rank order -> dedup-decide -> events-assign
 *        -> articles-unique, events, articles-duplicates
 *   --[claims-articles, P: claim sets and moves by article]--> claims-track -> claims
 *   --[facts-by-event, P]--> facts-compute -> facts, fact-updates
 * </pre>
 * Pure: it only describes the processing; {@link ProcessorApp} runs it. Every processor, store and internal topic is
 * named, so the names (and with them state and internal topics) survive changes to the topology.
 */
public final class FactwireTopology {

    /**
     * The hops to the decision, one per source partition ({@code dedup-sequence-0}, ...), read by one task: every
     * article's signature and features meet every earlier one's there.
     */
    public static final String DECIDE_TOPIC = "dedup-sequence";

    private FactwireTopology() {}

    public static Topology buildTopology(ProcessorConfig config) {
        return buildTopology(config, new ExtractorClaimReader(new ClaimExtractor()));
    }

    /** With the claim reader given, e.g. one that throws, for tests of the dead-letter path. */
    public static Topology buildTopology(ProcessorConfig config, ClaimReader claimReader) {
        Topics topics = new Topics(config.asMap());
        StreamsBuilder builder = new StreamsBuilder();
        DedupConfig dedupConfig = DedupConfig.from(config.asMap());
        EventConfig eventConfig = EventConfig.from(config.asMap());
        Function<Article, ArticleSignature> signer = DedupStage.signer(dedupConfig);
        FeatureExtractor features = new FeatureExtractor();

        Topic<String, Article> articles = topics.articles();
        KStream<String, byte[]> incoming = builder.stream(articles.name(),
                Consumed.with(articles.keySerde(), Serdes.ByteArray()).withName("articles-source"));
        // Decoded and checked in one step: only articles that ingest would publish go on; anything else becomes a
        // dead letter with the reason.
        KStream<String, Article> admitted = incoming.processValues(() -> new ArticleIntake(articles), Named.as("intake-check"));
        // Everything that reads the text runs here, on every partition, where the article arrives.
        KStream<String, PreparedArticle> prepared = DedupStage.dropResends(admitted, topics, dedupConfig)
                .processValues(RankOrder.<Article, PreparedArticle>stamp((article, source) ->
                        PreparedArticle.of(article, source, signer.apply(article))), Named.as("dedup-sign"))
                .mapValues(article -> article.withFeatures(features.extract(article.article())), Named.as("events-extract"))
                .mapValues(article -> article.withClaims(claimReader.read(article.article())), Named.as(ClaimStage.EXTRACT));
        // Every decision in one order: a copy and its original, an article and the open events, meet in one task, and
        // the partitions' streams are merged by rank there, so that the order does not depend on their interleaving.
        // Each source partition takes a hop of its own to it (RankHops: a partition that ran ahead waits on the
        // broker). The merge reads only the rank at the head of the encoding: a waiting record is stored as it came.
        KStream<String, RankedBytes> encoded = prepared.mapValues(PreparedArticle::encoded, Named.as("decide-encode"));
        KStream<String, PreparedArticle> sequenced =
                RankHops.through(encoded, DECIDE_TOPIC, config.partitions(), PreparedArticle.ENCODED)
                .process(RankOrder.supplier(PreparedArticle.ENCODED, config.partitions(), config.orderMaxWait(),
                        config.orderInFlight(), config.adminConfig(), articles.name(), DECIDE_TOPIC), Named.as(RankOrder.NAME))
                .mapValues(PreparedArticle::decoded, Named.as("decide-decode"));
        KStream<String, Assigned<PreparedArticle>> assigned =
                EventStage.assign(DedupStage.decide(sequenced, topics, dedupConfig), topics, eventConfig);

        Topic<String, Article> articlesUnique = topics.articlesUnique();
        // Each article once: after a merge, the events topic (not this one) says which event an article is in.
        assigned.mapValues(FactwireTopology::inEvent, Named.as("articles-unique-event"))
                .to(articlesUnique.name(), Produced.with(articlesUnique.keySerde(), articlesUnique.valueSerde())
                        .withName("articles-unique-sink"));
        KStream<String, ClaimInput> claimInputs = assigned.flatMap(FactwireTopology::claimInputs, Named.as("claims-inputs"));
        FactStage.apply(ClaimStage.apply(claimInputs, topics, config.partitions(), eventConfig.retention()), topics,
                FactConfig.from(config.asMap()));
        return builder.build(config.streamsProperties());
    }

    private static Article inEvent(Assigned<PreparedArticle> assigned) {
        return Article.newBuilder(assigned.item().article()).setEvent(assigned.assignment().event().id()).build();
    }

    /** The article's claims in its event, then a move for every earlier article of the events it absorbed. */
    private static List<KeyValue<String, ClaimInput>> claimInputs(String articleId, Assigned<PreparedArticle> assigned) {
        String event = assigned.assignment().event().id();
        List<KeyValue<String, ClaimInput>> inputs = new ArrayList<>(1 + assigned.assignment().moved().size());
        inputs.add(KeyValue.pair(articleId, new ClaimInput.Extracted(
                ClaimStage.inEvent(articleId, event, assigned.item().claims()), assigned.item().ingested())));
        for (String moved : assigned.assignment().moved()) inputs.add(KeyValue.pair(moved, new ClaimInput.Moved(event)));
        return inputs;
    }
}
