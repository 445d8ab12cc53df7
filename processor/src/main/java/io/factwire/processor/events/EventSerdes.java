package io.factwire.processor.events;

import io.factwire.processor.serde.BinarySerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes of the event stage's stores, and its features inside the record that crosses to the decision. */
public final class EventSerdes {


    static final BinarySerde<EventState> STATE = new BinarySerde<>("event state", 1, (e, out) -> {
        out.writeUTF(e.id());
        BinarySerde.writeStrings(out, e.articles());
        writeNullableLong(out, e.firstDated());
        writeNullableLong(out, e.lastDated());
        out.writeLong(e.firstIngested());
        out.writeLong(e.lastIngested());
        writeWeights(out, e.centroid());
        writeCounts(out, e.places());
        writeCounts(out, e.names());
        writeCounts(out, e.months());
    }, in -> new EventState(in.readUTF(), BinarySerde.readStrings(in), readNullableLong(in), readNullableLong(in),
            in.readLong(), in.readLong(), readWeights(in), readCounts(in), readCounts(in), readCounts(in)));

    private static final byte FEATURE_FORMAT = 1;

    /**
     * Format 1, {@link BinarySerde}'s framing: the format byte, the count of open events with the feature, the number
     * of handles listed, the handles; big-endian. Written and read through a byte buffer rather than data streams:
     * every new event writes up to 160 of these, and the streams' per-value calls were most of the cost.
     */
    static final Serde<FeatureEntry> FEATURE = Serdes.serdeFrom((topic, entry) -> {
        if (entry == null) return null;
        ByteBuffer bytes = ByteBuffer.allocate(1 + 2 * Integer.BYTES + entry.listed().length * Long.BYTES);
        bytes.put(FEATURE_FORMAT).putInt(entry.eventsWith()).putInt(entry.listed().length);
        for (long handle : entry.listed()) bytes.putLong(handle);
        return bytes.array();
    }, (topic, data) -> {
        if (data == null) return null;
        try {
            ByteBuffer bytes = ByteBuffer.wrap(data);
            byte format = bytes.get();
            if (format != FEATURE_FORMAT) {
                throw new SerializationException("event feature on topic " + topic + ": format " + format
                        + " at byte 0, expected " + FEATURE_FORMAT);
            }
            int eventsWith = bytes.getInt();
            long[] listed = new long[bytes.getInt()];
            for (int i = 0; i < listed.length; i++) listed[i] = bytes.getLong();
            return new FeatureEntry(eventsWith, listed);
        } catch (RuntimeException e) {
            if (e instanceof SerializationException s) throw s;
            throw new SerializationException("cannot read event feature (" + data.length + " bytes) from topic "
                    + topic + ": " + e, e);
        }
    });

    private EventSerdes() {}

    /** An article's features inside another record (the record that crosses to the decision). */
    public static void writeFeatures(EventFeatures f, DataOutputStream out) throws IOException {
        out.writeUTF(f.articleId());
        out.writeLong(f.ingested());
        writeNullableLong(out, f.dated());
        writeWeights(out, f.terms());
        BinarySerde.writeStrings(out, f.places());
        BinarySerde.writeStrings(out, f.names());
        BinarySerde.writeStrings(out, f.months());
    }

    public static EventFeatures readFeatures(DataInputStream in) throws IOException {
        return new EventFeatures(in.readUTF(), in.readLong(), readNullableLong(in), readWeights(in),
                BinarySerde.readStrings(in), BinarySerde.readStrings(in), BinarySerde.readStrings(in));
    }

    private static void writeNullableLong(DataOutputStream out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) out.writeLong(value);
    }

    private static Long readNullableLong(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }


    private static void writeWeights(DataOutputStream out, Map<String, Float> weights) throws IOException {
        out.writeInt(weights.size());
        for (Map.Entry<String, Float> entry : weights.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeFloat(entry.getValue());
        }
    }

    private static Map<String, Float> readWeights(DataInputStream in) throws IOException {
        return readInKeyOrder(in, DataInputStream::readFloat);
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        return readInKeyOrder(in, DataInputStream::readInt);
    }

    /** A map written in key order, read straight into the arrays of a {@link Sorted} map. */
    private static <V> Map<String, V> readInKeyOrder(DataInputStream in, BinarySerde.Reader<V> value) throws IOException {
        int size = in.readInt();
        String[] keys = new String[size];
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            keys[i] = in.readUTF();
            values[i] = value.read(in);
        }
        return Sorted.of(keys, values);
    }
}
