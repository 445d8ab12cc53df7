package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Catches an article id sent again within the retention (of ingest time, like the whole index: see
 * {@link DedupSequencer}). The articles topic is keyed by id, so every arrival of
 * one id reaches the same task and a local store suffices; first arrivals go on to the index.
 */
final class ResendFilter implements FixedKeyProcessor<String, Article, Verdict<Article>> {
    static final String STORE = "dedup-seen-ids";

    private final IngestEpochs epochs;
    private FixedKeyProcessorContext<String, Verdict<Article>> context;
    private WindowStore<String, Long> seen;

    private ResendFilter(Duration retention) {
        this.epochs = new IngestEpochs(retention);
    }

    static FixedKeyProcessorSupplier<String, Article, Verdict<Article>> supplier(DedupConfig config) {
        StoreBuilder<WindowStore<String, Long>> store = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, new IngestEpochs(config.retention()).storeRetention(),
                        Duration.ofMillis(1), false),
                Serdes.String(), Serdes.Long());
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Verdict<Article>> get() {
                return new ResendFilter(config.retention());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Verdict<Article>> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        String id = article.getId();
        long time = article.getIngested().toEpochMilli();
        boolean resent = false;
        for (long epoch : epochs.inReach(time)) {
            Long seenAt = seen.fetch(id, epoch);
            resent |= seenAt != null && epochs.inReach(seenAt, time);
        }
        if (resent) {
            Duplicate duplicate = new Duplicate(id, id, DuplicateKind.exact, 1.0, Instant.ofEpochMilli(record.timestamp()));
            context.forward(record.withValue(new Verdict<>(article, List.of(duplicate))));
            return;
        }
        seen.put(id, time, epochs.of(time));
        context.forward(record.withValue(Verdict.unique(article)));
    }
}
