package io.factwire.processor.facts;

import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Claim sets to the fact table. Every article's claim set moves to its event's partition
 * ({@value #BY_EVENT} repartition topic), so one task owns all the facts of an event and can derive the per-event
 * total ({@code all}) from the per-group facts without a second shuffle. Writes each change to
 * {@code fact-updates} (the live feed) and the latest state to the compacted {@code facts} topic (a tombstone
 * when a fact lost every claim).
 */
public final class FactStage {

    public static final String BY_EVENT = "facts-by-event";
    public static final String COMPUTE = "facts-compute";
    /** An article's latest foreground claim set within an event: what a re-sent article replaces. */
    public static final String ARTICLES_STORE = "facts-article-claims";
    /** The claims of one article about one fact, scanned per event and outcome to recompute the facts. */
    public static final String CLAIMS_STORE = "facts-claims";
    /** The current state of every fact, with its version and history. */
    public static final String STATES_STORE = "facts-states";

    private FactStage() {}

    /** @param batches every unique article's claim set, keyed by article id */
    public static void apply(KStream<String, ArticleClaims> batches, Topics topics, FactConfig config) {
        Serde<ArticleClaims> batchSerde = new ArticleClaimsSerde(topics.claims().valueSerde());
        Topic<String, FactState> facts = topics.facts();
        Topic<String, FactUpdate> factUpdates = topics.factUpdates();

        KStream<String, FactUpdate> updates = batches
                .selectKey((article, batch) -> batch.event(), Named.as("facts-key-by-event"))
                .repartition(Repartitioned.<String, ArticleClaims>as(BY_EVENT)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(batchSerde))
                .process(supplier(config, batchSerde, facts.valueSerde()), Named.as(COMPUTE));
        updates.to(factUpdates.name(), Produced.with(factUpdates.keySerde(), factUpdates.valueSerde())
                .withName("facts-updates-sink"));
        updates.mapValues(FactStage::latest, Named.as("facts-latest"))
                .to(facts.name(), Produced.with(facts.keySerde(), facts.valueSerde()).withName("facts-sink"));
    }

    /** The compacted table keeps live facts only: a removed fact becomes a tombstone. */
    private static FactState latest(FactUpdate update) {
        return update.getAfter().getSources() == 0 ? null : update.getAfter();
    }

    private static ProcessorSupplier<String, ArticleClaims, String, FactUpdate> supplier(
            FactConfig config, Serde<ArticleClaims> batchSerde, Serde<FactState> stateSerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ArticleClaims, String, FactUpdate> get() {
                return new FactProcessor(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE), Serdes.String(), batchSerde),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLAIMS_STORE), Serdes.String(), batchSerde),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATES_STORE), Serdes.String(), stateSerde));
            }
        };
    }
}
