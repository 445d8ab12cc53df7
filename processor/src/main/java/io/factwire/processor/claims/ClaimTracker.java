package io.factwire.processor.claims;

import io.factwire.avro.Claim;
import io.factwire.processor.facts.ArticleClaims;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each article's claim set on, and keeps it (keyed by article id, in the article's own task) so that the
 * claims can follow the article when its event is absorbed by another: a move hands on the article's empty set
 * under its former event (the fact table then retracts it there) and its claims under the new event, without
 * extracting again.
 *
 * <p>Bounded: a claim set is held {@code retention} after the article's ingestion (the events stage forgets an event
 * that long after its last article), in a window store whose windows start at the ingest time, so the age never
 * depends on record timestamps (publication times, which replays carry from years ago).
 */
final class ClaimTracker implements Processor<String, ClaimInput, String, ArticleClaims> {

    static final String STORE = "claims-by-article";

    private static final Logger LOG = LoggerFactory.getLogger(ClaimTracker.class);
    /** One window per ingest time: the store is a key-value store that ages out by the window start. */
    private static final Duration WINDOW = Duration.ofMillis(1);

    private ProcessorContext<String, ArticleClaims> context;
    private WindowStore<String, ArticleClaims> held;

    static ProcessorSupplier<String, ClaimInput, String, ArticleClaims> supplier(Serde<ArticleClaims> serde, Duration retention) {
        StoreBuilder<?> store = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, retention, WINDOW, false), Serdes.String(), serde);
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ClaimInput, String, ArticleClaims> get() {
                return new ClaimTracker();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, ArticleClaims> context) {
        this.context = context;
        this.held = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, ClaimInput> record) {
        switch (record.value()) {
            case ClaimInput.Extracted extracted -> {
                held.put(record.key(), extracted.claims(), extracted.ingested());
                context.forward(record.withValue(extracted.claims()));
            }
            case ClaimInput.Moved moved -> move(record, moved.event());
        }
    }

    private void move(Record<String, ClaimInput> record, String event) {
        KeyValue<Long, ArticleClaims> latest = latest(record.key());
        if (latest == null) {
            // Its claims aged out (or its extraction failed and went to dead-letters): nothing left to move.
            LOG.warn("article {} moved to event {}, but its claims are no longer held: they stay under its former event",
                    record.key(), event);
            return;
        }
        ArticleClaims before = latest.value;
        if (before.event().equals(event)) return;
        List<Claim> claims = before.claims().stream().map(claim -> Claim.newBuilder(claim).setEvent(event).build()).toList();
        ArticleClaims after = new ArticleClaims(before.article(), event, claims);
        held.put(record.key(), after, latest.key);
        context.forward(record.withValue(new ArticleClaims(before.article(), before.event(), List.of())));
        context.forward(record.withValue(after));
    }

    /** The article's claim set with its ingest time (the window it is held in). */
    private KeyValue<Long, ArticleClaims> latest(String article) {
        try (WindowStoreIterator<ArticleClaims> sets = held.backwardFetch(article, 0L, Long.MAX_VALUE)) {
            return sets.hasNext() ? sets.next() : null;
        }
    }
}
