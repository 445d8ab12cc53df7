package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Drops re-sent articles and syndicated copies; see processor/README-dedup.md for the design.
 *
 * <pre>
 * articles (by id, every partition)                                 one partition
 *   -> dedup-resend-filter -> dedup-sign --dedup-sequence (1 partition)--> dedup-decide -> unique articles
 *            | same id again                                                  | copies
 *            v                                                                v
 *        articles-duplicates  <-----------------------------------------------+
 * </pre>
 */
public final class DedupStage {
    /** The one topic every signed article goes through, so that every decision is taken in one order. */
    static final String SEQUENCE_TOPIC = "dedup-sequence";

    private DedupStage() {}

    /**
     * @param articles the articles topic, keyed by article id
     * @return the unique articles, keyed by id; duplicates go to {@link Topics#duplicates()}
     */
    public static KStream<String, Article> apply(KStream<String, Article> articles, Topics topics, DedupConfig config) {
        Topic<String, Duplicate> duplicates = topics.duplicates();
        return apply(articles, duplicates.name(), duplicates.keySerde(), duplicates.valueSerde(), config);
    }

    /** As {@link #apply(KStream, Topics, DedupConfig)}, with the duplicates topic and its serdes given directly. */
    public static KStream<String, Article> apply(KStream<String, Article> articles, String duplicatesTopic,
                                                 Serde<String> keySerde, Serde<Duplicate> duplicateSerde,
                                                 DedupConfig config) {
        // Articles are keyed by id, so every arrival of one id meets the same resend filter: this part, and the
        // shingling and hashing, run in parallel on every partition.
        Map<String, KStream<String, Verdict>> arrivals = articles
                .processValues(ResendFilter.supplier(config), Named.as("dedup-resend-filter"))
                .split(Named.as("dedup-arrival-"))
                .branch((id, verdict) -> verdict.isDuplicate(), Branched.as("resent"))
                .defaultBranch(Branched.as("first"));
        arrivals.get("dedup-arrival-resent")
                .flatMapValues(Verdict::duplicates, Named.as("dedup-resend-record"))
                .to(duplicatesTopic, Produced.with(keySerde, duplicateSerde).withName("dedup-resends-sink"));

        MinHashBands bands = new MinHashBands(config.bands(), config.rowsPerBand());
        Map<String, KStream<String, Verdict>> verdicts = arrivals.get("dedup-arrival-first")
                .mapValues(verdict -> new SignedArticle(verdict.article(),
                        ArticleSignature.of(verdict.article(), config, bands)), Named.as("dedup-sign"))
                // The decision itself needs one order: a copy and its original published in the same burst on
                // different partitions must meet in the index, the second finding the first.
                .repartition(Repartitioned.<String, SignedArticle>as(SEQUENCE_TOPIC).withNumberOfPartitions(1)
                        .withKeySerde(Serdes.String()).withValueSerde(DedupSerdes.SIGNED))
                .processValues(DedupSequencer.supplier(config), Named.as("dedup-decide"))
                .split(Named.as("dedup-verdict-"))
                .branch((id, verdict) -> verdict.isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        verdicts.get("dedup-verdict-duplicate")
                .flatMapValues(Verdict::duplicates, Named.as("dedup-duplicate-records"))
                .to(duplicatesTopic, Produced.with(keySerde, duplicateSerde).withName("dedup-duplicates-sink"));
        return verdicts.get("dedup-verdict-unique").mapValues(Verdict::article, Named.as("dedup-unique"));
    }
}
