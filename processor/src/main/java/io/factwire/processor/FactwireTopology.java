package io.factwire.processor;

import io.factwire.avro.Article;
import io.factwire.extractor.ClaimExtractor;
import io.factwire.processor.facts.ArticleClaims;
import io.factwire.processor.claims.ClaimReader;
import io.factwire.processor.claims.ClaimStage;
import io.factwire.processor.claims.ExtractorClaimReader;
import io.factwire.processor.dedup.DedupConfig;
import io.factwire.processor.dedup.DedupStage;
import io.factwire.processor.errors.ArticleIntake;
import io.factwire.processor.events.EventConfig;
import io.factwire.processor.events.EventStage;
import io.factwire.processor.events.EventStreams;
import io.factwire.processor.facts.FactConfig;
import io.factwire.processor.facts.FactStage;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The factwire topology, end to end:
 * {@code articles -> intake -> dedup -> events -> articles-unique -> claims -> facts}. Pure: it only describes the
 * processing; {@link ProcessorApp} runs it. Every processor, store and internal topic is named, so the names
 * (and with them state and internal topics) survive changes to the topology.
 */
public final class FactwireTopology {

    private FactwireTopology() {}

    public static Topology buildTopology(ProcessorConfig config) {
        return buildTopology(config, new ExtractorClaimReader(new ClaimExtractor()));
    }

    /** With the claim reader given, e.g. one that throws, for tests of the dead-letter path. */
    public static Topology buildTopology(ProcessorConfig config, ClaimReader claimReader) {
        Topics topics = new Topics(config.asMap());
        StreamsBuilder builder = new StreamsBuilder();

        Topic<String, Article> articles = topics.articles();
        KStream<String, Article> incoming = builder.stream(articles.name(),
                Consumed.with(articles.keySerde(), articles.valueSerde()).withName("articles-source"));
        // Only articles that ingest would publish go on; anything else becomes a dead letter with the reason.
        KStream<String, Article> admitted = incoming.processValues(ArticleIntake::new, Named.as("intake-check"));
        KStream<String, Article> unique = DedupStage.apply(admitted, topics, DedupConfig.from(config.asMap()));
        EventConfig eventConfig = EventConfig.from(config.asMap());
        EventStreams inEvents = EventStage.apply(unique, topics, eventConfig);

        Topic<String, Article> articlesUnique = topics.articlesUnique();
        // Each article once: after a merge, the events topic (not this one) says which event an article is in.
        inEvents.articles().to(articlesUnique.name(), Produced.with(articlesUnique.keySerde(), articlesUnique.valueSerde())
                .withName("articles-unique-sink"));

        KStream<String, ArticleClaims> claims = ClaimStage.apply(inEvents, topics, claimReader, eventConfig.retention());
        FactStage.apply(claims, topics, FactConfig.from(config.asMap()));
        return builder.build(config.streamsProperties());
    }
}
