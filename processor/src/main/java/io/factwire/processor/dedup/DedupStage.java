package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Drops re-sent articles and syndicated copies; see processor/README-dedup.md for the design. Two halves, so that
 * the topology can put its one hop between them:
 * <ul>
 *   <li>{@link #dropResends} and {@link #signer}: on every partition of {@code articles} (keyed by id), where the
 *       article arrives;</li>
 *   <li>{@link #decide}: probe-then-insert in the index, in the order records reach it; the topology puts every
 *       record it must compare through one task.</li>
 * </ul>
 */
public final class DedupStage {
    public static final String DECIDE = "dedup-decide";

    private DedupStage() {}

    /**
     * @param articles the articles topic, keyed by article id (every arrival of one id meets the same task)
     * @return first arrivals; an id sent again within the retention goes to {@link Topics#duplicates()}
     */
    public static KStream<String, Article> dropResends(KStream<String, Article> articles, Topics topics, DedupConfig config) {
        Map<String, KStream<String, Verdict<Article>>> arrivals = articles
                .processValues(ResendFilter.supplier(config), Named.as("dedup-resend-filter"))
                .split(Named.as("dedup-arrival-"))
                .branch((id, verdict) -> verdict.isDuplicate(), Branched.as("resent"))
                .defaultBranch(Branched.as("first"));
        writeDuplicates(arrivals.get("dedup-arrival-resent"), topics, "dedup-resend-record", "dedup-resends-sink");
        return arrivals.get("dedup-arrival-first").mapValues(Verdict::item, Named.as("dedup-first"));
    }

    /** Shingles, sketches and band keys of an article: the costly part, done where the article arrives. */
    public static Function<Article, ArticleSignature> signer(DedupConfig config) {
        MinHashBands bands = new MinHashBands(config.bands(), config.rowsPerBand());
        return article -> ArticleSignature.of(article, config, bands);
    }

    /**
     * Looks every record up in the index and adds it (processor {@value #DECIDE}, stores {@code dedup-index},
     * {@code dedup-sketches}); copies go to {@link Topics#duplicates()}, one record per cluster copied.
     *
     * @return the unique records, keyed as they came
     */
    public static <T extends Signed> KStream<String, T> decide(KStream<String, T> signed, Topics topics, DedupConfig config) {
        Map<String, KStream<String, Verdict<T>>> verdicts = signed
                .processValues(DedupSequencer.<T>supplier(config), Named.as(DECIDE))
                .split(Named.as("dedup-verdict-"))
                .branch((id, verdict) -> verdict.isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        writeDuplicates(verdicts.get("dedup-verdict-duplicate"), topics, "dedup-duplicate-records", "dedup-duplicates-sink");
        return verdicts.get("dedup-verdict-unique").mapValues(Verdict::item, Named.as("dedup-unique"));
    }

    private static <T> void writeDuplicates(KStream<String, Verdict<T>> verdicts, Topics topics, String name, String sink) {
        Topic<String, Duplicate> duplicates = topics.duplicates();
        verdicts.flatMapValues(Verdict::duplicates, Named.as(name))
                .to(duplicates.name(), Produced.with(duplicates.keySerde(), duplicates.valueSerde()).withName(sink));
    }
}
