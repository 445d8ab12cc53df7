package io.factwire.processor.dedup;

import io.factwire.avro.DuplicateKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
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

/**
 * One partition's share of the index, keyed by bucket key (an exact key or an LSH band key). A probe is compared
 * with the most recent entries of its bucket that come before it in sequence order, then added to the
 * bucket; the best confirmed match (or none) goes back to the probing article. Each article's sketch is kept
 * once per partition, not once per band, so index entries stay a few dozen bytes.
 *
 * <p>The index ages by ingest time, not by record timestamp: the ingest stamps records with their publication
 * date when known, so a replayed archive mixes timestamps years apart, and a store aged by record time would
 * drop every older-dated article on arrival. "Seen within the last week" is a question about ingest anyway.
 */
final class BucketProcessor implements Processor<String, Probe, String, BucketReply> {
    static final String BUCKETS = "dedup-buckets";
    static final String SKETCHES = "dedup-sketches";

    private final DedupConfig config;
    private ProcessorContext<String, BucketReply> context;
    private WindowStore<String, IndexEntry> buckets;
    private WindowStore<String, ContainmentSketch> sketches;

    private BucketProcessor(DedupConfig config) {
        this.config = config;
    }

    static ProcessorSupplier<String, Probe, String, BucketReply> supplier(DedupConfig config) {
        Duration oneMilli = Duration.ofMillis(1);
        // Duplicates retained: a bucket is an append-only, time-bounded list; whole segments expire.
        StoreBuilder<WindowStore<String, IndexEntry>> buckets = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BUCKETS, config.retention(), oneMilli, true),
                Serdes.String(), DedupSerdes.ENTRY);
        StoreBuilder<WindowStore<String, ContainmentSketch>> sketches = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(SKETCHES, config.retention(), oneMilli, false),
                Serdes.String(), DedupSerdes.SKETCH);
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Probe, String, BucketReply> get() {
                return new BucketProcessor(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(buckets, sketches);
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, BucketReply> context) {
        this.context = context;
        this.buckets = context.getStateStore(BUCKETS);
        this.sketches = context.getStateStore(SKETCHES);
    }

    @Override
    public void process(Record<String, Probe> record) {
        Probe probe = record.value();
        long time = probe.ingested();
        long reach = config.retention().toMillis();
        Match best = null;
        try (WindowStoreIterator<IndexEntry> entries = buckets.backwardFetch(record.key(),
                Instant.ofEpochMilli(Math.max(0, time - reach)), Instant.ofEpochMilli(time + reach))) {
            for (int scanned = 0; scanned < config.maxBucketScan() && entries.hasNext(); scanned++) {
                KeyValue<Long, IndexEntry> entry = entries.next();
                if (entry.value.isBefore(probe.ingested(), probe.articleId())) {
                    best = Match.better(best, confirm(probe, entry.value, entry.key));
                }
            }
        }
        buckets.put(record.key(), new IndexEntry(probe.articleId(), probe.ingested()), time);
        if (!probe.exact()) sketches.put(probe.articleId(), probe.sketch(), time);
        context.forward(record.withKey(probe.articleId()).withValue(new BucketReply(probe.expectedReplies(), best)));
    }

    private Match confirm(Probe probe, IndexEntry earlier, long earlierTime) {
        if (probe.exact()) return new Match(earlier.articleId(), earlier.ingested(), DuplicateKind.exact, 1.0);
        ContainmentSketch sketch = sketches.fetch(earlier.articleId(), earlierTime);
        if (sketch == null) return null;
        Similarity similarity = probe.sketch().compare(sketch);
        return similarity.isNearCopy(config)
                ? new Match(earlier.articleId(), earlier.ingested(), DuplicateKind.near, similarity.score())
                : null;
    }
}
