package io.factwire.processor.order;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The hops to the merge: one repartition topic of one partition per source partition, all read by the merge's one
 * task. With one hop for all, the hop held the partitions' records in the order their text work happened to produce
 * them, so when one stream thread's partitions ran ahead of the other's in a backlog, the merge had to hold every
 * record that ranked after the slow partitions' (a 500,000-article replay filled its 50,000 and decided 1,520 records
 * out of rank order). With a hop per source partition the task's consumer reads them side by side, and Kafka Streams
 * hands the task the head with the earliest timestamp first and pauses a hop whose buffer is full: a partition that
 * ran ahead waits on the broker, not in the merge. On the hops a record's timestamp is its ingest time, the first
 * part of its rank; the merge gives the record its own timestamp back ({@link #ownTime}).
 */
public final class RankHops {

    /** The record's own timestamp while it is on a hop (8 bytes, big-endian). */
    static final String OWN_TIME = "factwire-own-time";

    private RankHops() {}

    /** The hop of the records of a source partition (a source topic of more partitions shares the hops). */
    public static int of(int sourcePartition, int hops) {
        return Math.floorMod(sourcePartition, hops);
    }

    /** The name of a hop, as given to {@link Repartitioned#as}; Kafka Streams' topic is the application id, it, "-repartition". */
    public static String name(String base, int hop) {
        return base + "-" + hop;
    }

    /** The topic of a hop of the application {@code applicationId}. */
    public static String topic(String applicationId, String base, int hop) {
        return applicationId + "-" + name(base, hop) + "-repartition";
    }

    /** The topics of all {@code hops} hops of the application, by hop. */
    public static List<String> topics(String applicationId, String base, int hops) {
        List<String> topics = new ArrayList<>(hops);
        for (int hop = 0; hop < hops; hop++) topics.add(topic(applicationId, base, hop));
        return topics;
    }

    /** The records of {@code stream} through {@code hops} hops named after {@code base}, merged again for one task. */
    public static <T extends Ranked> KStream<String, T> through(KStream<String, T> stream, String base, int hops,
                                                               Serde<T> serde) {
        BranchedKStream<String, T> bySource = stream
                .processValues(RankOrder.<T, T>forwarding((context, record) -> onRankTime(record)), Named.as(base + "-rank-time"))
                .split(Named.as(base + "-by-source-"));
        for (int hop = 0; hop < hops; hop++) {
            int it = hop;
            bySource = bySource.branch((key, value) -> of(value == null ? -1 : value.source().partition(), hops) == it,
                    Branched.as(String.valueOf(hop)));
        }
        Map<String, KStream<String, T>> branches = bySource.noDefaultBranch();
        List<KStream<String, T>> read = new ArrayList<>(hops);
        for (int hop = 0; hop < hops; hop++) {
            read.add(branches.get(base + "-by-source-" + hop).repartition(Repartitioned.<String, T>as(name(base, hop))
                    .withNumberOfPartitions(1).withKeySerde(Serdes.String()).withValueSerde(serde)));
        }
        KStream<String, T> merged = read.get(0);
        for (int hop = 1; hop < hops; hop++) merged = merged.merge(read.get(hop), Named.as(base + "-merge-" + hop));
        return merged;
    }

    /** The record with its ingest time as its timestamp, its own kept in a header. */
    private static <T extends Ranked> FixedKeyRecord<String, T> onRankTime(FixedKeyRecord<String, T> record) {
        if (record.value() == null) return record;
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(OWN_TIME);
        headers.add(OWN_TIME, ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        long rankTime = record.value().ingested() >= 0 ? record.value().ingested() : record.timestamp();
        return record.withTimestamp(rankTime).withHeaders(headers);
    }

    /** The record with its own timestamp again, as it was before the hop (as it is when it came without one). */
    static <T> Record<String, T> ownTime(Record<String, T> record) {
        Header own = record.headers().lastHeader(OWN_TIME);
        if (own == null || own.value() == null || own.value().length != Long.BYTES) return record;
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(OWN_TIME);
        return record.withTimestamp(ByteBuffer.wrap(own.value()).getLong()).withHeaders(headers);
    }
}
