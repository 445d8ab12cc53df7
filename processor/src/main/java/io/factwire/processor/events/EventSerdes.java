package io.factwire.processor.events;

import io.factwire.processor.serde.BinarySerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

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

    static final BinarySerde<FeatureEntry> FEATURE = new BinarySerde<>("event feature", 1, (entry, out) -> {
        out.writeInt(entry.eventsWith());
        out.writeInt(entry.listed().length);
        for (long handle : entry.listed()) out.writeLong(handle);
    }, in -> {
        int eventsWith = in.readInt();
        long[] listed = new long[in.readInt()];
        for (int i = 0; i < listed.length; i++) listed[i] = in.readLong();
        return new FeatureEntry(eventsWith, listed);
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
