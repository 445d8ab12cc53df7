package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Drops re-sent articles and syndicated copies; see processor/README-dedup.md for the design.
 *
 * <pre>
 * articles (by id) -> dedup-resend-filter -> dedup-sign --probes by bucket key--> dedup-bucket
 *                          |                     |                                     |
 *                          | resends             +--dedup-articles (by id)--+   dedup-replies (by id)
 *                          v                                                v          v
 *                     duplicates topic  <--------------------------- dedup-gather --> unique articles
 * </pre>
 */
public final class DedupStage {
    private DedupStage() {}

    /**
     * @param articles the articles topic, keyed by article id
     * @return the unique articles, keyed by id; duplicates go to {@link Topics#duplicates()}
     */
    public static KStream<String, Article> apply(KStream<String, Article> articles, Topics topics, DedupConfig config) {
        Topic<String, Duplicate> duplicates = topics.duplicates();
        return apply(articles, topics.articles().valueSerde(), duplicates.name(), duplicates.keySerde(),
                duplicates.valueSerde(), config);
    }

    /** As {@link #apply(KStream, Topics, DedupConfig)}, with the topics' serdes given directly. */
    public static KStream<String, Article> apply(KStream<String, Article> articles, Serde<Article> articleSerde,
                                                 String duplicatesTopic, Serde<String> keySerde,
                                                 Serde<Duplicate> duplicateSerde, DedupConfig config) {
        Produced<String, Duplicate> resendSink = Produced.with(keySerde, duplicateSerde).withName("dedup-resends-sink");
        Produced<String, Duplicate> copySink = Produced.with(keySerde, duplicateSerde).withName("dedup-duplicates-sink");

        // One sequence for every article, whatever partition it arrived on: its offset in this one-partition topic
        // orders it before or after every other article. The sequencing task also signs and scatters, so each
        // bucket receives the probes of any two articles in sequence order: the later one finds the earlier one,
        // never the other way round, and no pair of copies can slip through a race however the load is spread.
        KStream<String, Article> sequenced = articles
                .processValues(IndexClock::toIngestTime, Named.as("dedup-ingest-time"))
                .repartition(Repartitioned.<String, Article>as("dedup-sequence")
                .withNumberOfPartitions(1).withKeySerde(keySerde).withValueSerde(articleSerde));
        Map<String, KStream<String, Verdict>> arrivals = sequenced
                .processValues(ResendFilter.supplier(config), Named.as("dedup-resend-filter"))
                .split(Named.as("dedup-arrival-"))
                .branch((id, verdict) -> verdict.isDuplicate(), Branched.as("resent"))
                .defaultBranch(Branched.as("first"));
        arrivals.get("dedup-arrival-resent")
                .mapValues(Verdict::duplicate, Named.as("dedup-resend-record"))
                .to(duplicatesTopic, resendSink);

        MinHashBands bands = new MinHashBands(config.bands(), config.rowsPerBand());
        KStream<String, Signed> signed = arrivals.get("dedup-arrival-first").processValues(
                () -> new SignProcessor(config, bands), Named.as("dedup-sign"));

        KStream<String, BucketReply> replies = signed
                .flatMap((id, s) -> s.probes(), Named.as("dedup-probe"))
                .repartition(Repartitioned.<String, Probe>as("dedup-probes")
                        .withKeySerde(Serdes.String()).withValueSerde(DedupSerdes.PROBE))
                .process(BucketProcessor.supplier(config), Named.as("dedup-bucket"))
                .repartition(Repartitioned.<String, BucketReply>as("dedup-replies")
                        .withKeySerde(Serdes.String()).withValueSerde(DedupSerdes.REPLY));

        // The article takes its own hop to the gather task: routing it back into the first sub-topology would
        // close a cycle of repartition topics.
        KStream<String, PendingArticle> pendingArticles = signed
                .mapValues(s -> new PendingArticle(s.signature().probeCount(), s.article()), Named.as("dedup-pending"))
                .repartition(Repartitioned.<String, PendingArticle>as("dedup-articles")
                        .withKeySerde(Serdes.String()).withValueSerde(DedupSerdes.PENDING));

        Map<String, KStream<String, Verdict>> verdicts = pendingArticles
                .mapValues(GatherInput::of, Named.as("dedup-gather-article"))
                .merge(replies.mapValues(GatherInput::of, Named.as("dedup-gather-reply")), Named.as("dedup-gather-inputs"))
                .processValues(GatherProcessor.supplier(), Named.as("dedup-gather"))
                .split(Named.as("dedup-verdict-"))
                .branch((id, verdict) -> verdict.isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        verdicts.get("dedup-verdict-duplicate")
                .mapValues(Verdict::duplicate, Named.as("dedup-duplicate-record"))
                .to(duplicatesTopic, copySink);
        return verdicts.get("dedup-verdict-unique").mapValues(Verdict::article, Named.as("dedup-unique"))
                .processValues(IndexClock::toPublicationTime, Named.as("dedup-publication-time"));
    }

    /** An article with its signature and its place in the sequence, between signing and fan-out. */
    record Signed(Article article, ArticleSignature signature, long sequence) {
        List<KeyValue<String, Probe>> probes() {
            int expected = signature.probeCount();
            String id = article.getId();
            long ingested = sequence; // the index orders articles by sequence (IndexEntry.isBefore)
            List<KeyValue<String, Probe>> probes = new ArrayList<>(expected);
            for (String key : signature.exactKeys()) probes.add(KeyValue.pair(key, new Probe(id, ingested, expected, null)));
            for (String key : signature.bandKeys()) {
                probes.add(KeyValue.pair(key, new Probe(id, ingested, expected, signature.sketch())));
            }
            return probes;
        }
    }
}
