package io.factwire.processor.order;

import io.factwire.processor.serde.BinarySerde;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the records of every source partition, arriving on the decision's hops (one per source partition, read by
 * this one task: {@link RankHops}) in whatever order the task's consumer hands them over, back into one order that does not depend on the interleaving: rank (ingest time, then article id), merged partition by
 * partition ({@link RankQueues}). Without it the decisions (is this a copy, which event) follow whichever partition's
 * records the broker happened to receive first, and two runs of the same input can differ.
 *
 * <p>Waiting records live in the store {@value #STORE} (RocksDB, with a changelog), so under exactly-once a
 * record that was read is either still waiting after a crash or was decided, never lost; the queues are rebuilt
 * from the store when the task starts. A record that can go on as it arrives never enters the store. Whether a
 * partition with nothing waiting may still send a record of lower rank, the merge reads from the source topic's end
 * offsets ({@link SourceEnds}, listed on a thread of its own); while records wait, a wall-clock punctuator looks
 * again every 10 ms. Only while they wait: Kafka Streams marks a task that punctuated as needing a commit, so a
 * punctuator that ran all the time made an idle processor commit a transaction every commit interval. The price is
 * latency: about {@code factwire.order.in-flight} on an idle pipeline, and up to {@code factwire.order.max-wait}
 * when a partition's newest records never reach the merge (poison, re-sends).
 */
public final class RankOrder<T extends Ranked> implements Processor<String, T, String, T> {

    public static final String NAME = "decide-rank-order";
    public static final String STORE = "decide-rank-buffer";
    public static final String MAX_WAIT = "factwire.order.max-wait";
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(2);
    public static final String IN_FLIGHT = "factwire.order.in-flight";
    /**
     * How long a record may take from its ingest time to its append: ingest's producer lingers up to 20 ms, and the
     * requests to two brokers can land some milliseconds apart. Each record of an idle pipeline waits this long.
     */
    public static final Duration DEFAULT_IN_FLIGHT = Duration.ofMillis(40);
    /** How often waiting records are looked at again without a new arrival (a new list of end offsets comes every 20 ms). */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(10);
    /**
     * Records of a lagging partition are waited for while fewer than this many wait: some 400 MB of articles on disk
     * and 12 MB of heap for their ranks. At 5,000 (then held in memory) a burst published at 5,000 articles a second
     * filled it whenever the partitions' text work drifted a second apart.
     */
    static final int MAX_WAITING = 50_000;

    private static final Logger LOG = LoggerFactory.getLogger(RankOrder.class);

    private final Serde<T> serde;
    private final int partitions;
    private final Duration maxWait;
    private final Duration inFlight;
    private final Map<String, Object> adminConfig;
    private final String sourceTopic;
    /** The base name of the hops the merge reads ({@link RankHops}); null: not known (a partition then counts as quiet only after its fallbacks). */
    private final String hops;
    private ProcessorContext<String, T> context;
    private KeyValueStore<Bytes, byte[]> store;
    private final BinarySerde<Record<String, T>> stored;
    private RankQueues<Bytes> queues;
    /** The record process() was given, until it goes on or into the store. */
    private Bytes arrivingKey;
    private Record<String, T> arriving;
    private SourceEnds ends;
    private OrderMetrics orderMetrics;
    /** The look-again punctuator while records wait; null while none does. */
    private Cancellable looking;

    private RankOrder(Serde<T> serde, int partitions, Duration maxWait, Duration inFlight,
                      Map<String, Object> adminConfig, String sourceTopic, String hops) {
        this.serde = serde;
        this.partitions = partitions;
        this.maxWait = maxWait;
        this.inFlight = inFlight;
        this.adminConfig = adminConfig;
        this.sourceTopic = sourceTopic;
        this.hops = hops;
        this.stored = storedForm(serde);
    }

    /**
     * The merge, with its store, of the records of {@code partitions} partitions of {@code sourceTopic}, whose end
     * offsets it lists through an admin client of {@code adminConfig} (null: it does not, and a partition with
     * nothing waiting counts as done only after {@code maxWait} without a record), counting a list of them for a
     * record only when taken at least {@code inFlight} after its ingest time. It reads the hops named after
     * {@code hops} ({@link RankHops#through}), whose ends it lists too.
     */
    public static <T extends Ranked> ProcessorSupplier<String, T, String, T> supplier(Serde<T> serde, int partitions,
                                                                                    Duration maxWait,
                                                                                    Duration inFlight,
                                                                                    Map<String, Object> adminConfig,
                                                                                    String sourceTopic,
                                                                                    String hops) {
        StoreBuilder<?> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.Bytes(),
                Serdes.ByteArray());
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, T, String, T> get() {
                return new RankOrder<>(serde, partitions, maxWait, inFlight, adminConfig, sourceTopic, hops);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    /** Stamps each record with where it was read ({@link SourcePosition}) while making the value the merge will rank. */
    public static <V, T extends Ranked> FixedKeyProcessorSupplier<String, V, T> stamp(BiFunction<V, SourcePosition, T> make) {
        return forwarding((context, record) -> record.withValue(make.apply(record.value(), context.recordMetadata()
                .map(metadata -> new SourcePosition(metadata.partition(), metadata.offset()))
                .orElse(SourcePosition.UNKNOWN))));
    }

    /** A processor that forwards what {@code step} makes of each record, given the task's context. */
    static <V, W> FixedKeyProcessorSupplier<String, V, W> forwarding(
            BiFunction<FixedKeyProcessorContext<String, W>, FixedKeyRecord<String, V>, FixedKeyRecord<String, W>> step) {
        return () -> new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, W> context;

            @Override
            public void init(FixedKeyProcessorContext<String, W> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<String, V> record) {
                context.forward(step.apply(context, record));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, T> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        long now = context.currentSystemTimeMs();
        // One partition is always caught up with itself: no broker client for it (nor for a TopologyTestDriver).
        boolean listed = adminConfig != null && partitions > 1;
        this.queues = new RankQueues<>(partitions, maxWait.toMillis(), inFlight.toMillis(), MAX_WAITING, now, listed);
        if (orderMetrics == null) orderMetrics = new OrderMetrics(context.metrics(), context.taskId().toString());
        orderMetrics.startOver();
        // init() runs again after an exactly-once abort: one lister per processor, not one per init.
        if (ends == null && listed) {
            ends = SourceEnds.start(adminConfig, sourceTopic, partitions, context.applicationId());
            if (hops != null) {
                ends.inputs(RankHops.topics(context.applicationId(), hops, partitions).stream()
                        .map(topic -> new TopicPartition(topic, 0)).toList());
            }
        }
        // After a restart every waiting record counts as just arrived: at worst it waits once more.
        try (KeyValueIterator<Bytes, byte[]> waiting = store.all()) {
            while (waiting.hasNext()) {
                var entry = waiting.next();
                queues.add(waiting(entry.key, stored.deserializer().deserialize(STORE, entry.value), now));
            }
        }
        // A task that starts again (after an exactly-once abort) keeps the punctuators it had: one look, not two.
        if (looking != null) looking.cancel();
        looking = null;
        lookAgainWhileWaiting();
    }

    @Override
    public void close() {
        if (ends != null) ends.close();
        ends = null;
        if (orderMetrics != null) orderMetrics.close();
        orderMetrics = null;
        if (queues.passedQuiet() + queues.passedFull() + queues.late() > 0) {
            LOG.info("rank order: {} records decided out of rank order (they arrived after a later one had gone); {} decided"
                    + " while a partition was taken for quiet, {} because {} were waiting", queues.late(),
                    queues.passedQuiet(), queues.passedFull(), MAX_WAITING);
        }
    }

    @Override
    public void process(Record<String, T> record) {
        SourcePosition source = record.value() == null ? SourcePosition.UNKNOWN : record.value().source();
        if (!source.known()) {
            context.forward(RankHops.ownTime(record));
            return;
        }
        context.recordMetadata().ifPresent(read ->
                queues.inputRead(RankHops.of(source.partition(), partitions), read.offset()));
        Bytes key = Bytes.wrap(ByteBuffer.allocate(12).putInt(source.partition()).putLong(source.offset()).array());
        arrivingKey = key;
        arriving = record;
        queues.add(waiting(key, record, context.currentSystemTimeMs()));
        release();
        // Only a record that waits goes into the store (and its changelog); one that goes on at once never does.
        if (arriving != null) store.put(key, stored.serializer().serialize(STORE, arriving));
        arrivingKey = null;
        arriving = null;
        lookAgainWhileWaiting();
    }

    /** Schedules the look again when records wait and none is scheduled; it cancels itself once none waits. */
    private void lookAgainWhileWaiting() {
        if (looking != null || queues.size() == 0) return;
        looking = context.schedule(LOOK_AGAIN, PunctuationType.WALL_CLOCK_TIME, timestamp -> {
            release();
            // Only the scheduled look runs (init() cancels an older one), so looking is this one.
            if (queues.size() == 0) {
                looking.cancel();
                looking = null;
            }
        });
    }

    private void release() {
        long now = context.currentSystemTimeMs();
        for (Optional<RankQueues.Waiting<Bytes>> next = queues.next(now, this::endsAsOf, this::workedAsOf);
             next.isPresent(); next = queues.next(now, this::endsAsOf, this::workedAsOf)) {
            Record<String, T> record = take(next.get().item());
            if (record == null) continue;
            long started = System.nanoTime();
            context.forward(RankHops.ownTime(record));
            queues.busy(System.nanoTime() - started);
        }
        orderMetrics.update(queues);
    }

    /**
     * The record under the key: the arriving one, else the stored one, which leaves the store (null: already gone).
     * Waiting records are held once, encoded, in the store, on disk: a backlog keeps up to {@link #MAX_WAITING} of
     * them waiting (decoded on the heap they took three times their size).
     */
    private Record<String, T> take(Bytes key) {
        if (key.equals(arrivingKey) && arriving != null) {
            Record<String, T> record = arriving;
            arriving = null;
            // A re-delivered record may be in the store already: it goes on once.
            if (store.get(key) != null) store.delete(key);
            return record;
        }
        byte[] waiting = store.delete(key);
        return waiting == null ? null : stored.deserializer().deserialize(STORE, waiting);
    }

    private SourceEnds.Snapshot endsAsOf(long ms) {
        return ends == null ? null : ends.takenAtOrAfter(ms);
    }

    private SourceEnds.Snapshot workedAsOf(long ms) {
        return ends == null ? null : ends.workedAtOrAfter(ms);
    }

    private static <T extends Ranked> RankQueues.Waiting<Bytes> waiting(Bytes key, Record<String, T> record, long arrivedMs) {
        Ranked value = record.value();
        return new RankQueues.Waiting<>(key, value.ingested(), record.key() == null ? "" : record.key(),
                value.source().partition(), value.source().offset(), arrivedMs);
    }

    /** Format 1: timestamp, key, headers, then the value in the stage's own encoding. */
    private static <T> BinarySerde<Record<String, T>> storedForm(Serde<T> serde) {
        return new BinarySerde<>("waiting record", 1, (record, out) -> {
            out.writeLong(record.timestamp());
            out.writeUTF(record.key() == null ? "" : record.key());
            var headers = record.headers().toArray();
            out.writeInt(headers.length);
            for (var header : headers) {
                out.writeUTF(header.key());
                byte[] value = header.value() == null ? new byte[0] : header.value();
                out.writeInt(value.length);
                out.write(value);
            }
            byte[] value = serde.serializer().serialize(STORE, record.value());
            out.writeInt(value.length);
            out.write(value);
        }, in -> {
            long timestamp = in.readLong();
            String key = in.readUTF();
            Headers headers = new RecordHeaders();
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                headers.add(name, in.readNBytes(in.readInt()));
            }
            T value = serde.deserializer().deserialize(STORE, in.readNBytes(in.readInt()));
            return new Record<>(key, value, timestamp, headers);
        });
    }
}
