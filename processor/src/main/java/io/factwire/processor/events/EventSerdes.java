package io.factwire.processor.events;

import io.factwire.avro.Article;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Serdes of the event stage's repartition topics and stores. */
final class EventSerdes {

    static final CompactSerde<EventFeatures> FEATURES = new CompactSerde<>("event features", 1, (out, f) -> {
        out.writeUTF(f.articleId());
        out.writeLong(f.ingested());
        writeNullableLong(out, f.dated());
        writeWeights(out, f.terms());
        writeStrings(out, f.places());
        writeStrings(out, f.names());
        writeStrings(out, f.months());
    }, in -> new EventFeatures(in.readUTF(), in.readLong(), readNullableLong(in), readWeights(in), readStrings(in),
            readStrings(in), readStrings(in)));

    static final CompactSerde<EventState> STATE = new CompactSerde<>("event state", 1, (out, e) -> {
        out.writeUTF(e.id());
        writeStrings(out, e.articles());
        writeNullableLong(out, e.firstDated());
        writeNullableLong(out, e.lastDated());
        out.writeLong(e.firstIngested());
        out.writeLong(e.lastIngested());
        writeWeights(out, e.centroid());
        writeCounts(out, e.places());
        writeCounts(out, e.names());
        writeCounts(out, e.months());
    }, in -> new EventState(in.readUTF(), readStrings(in), readNullableLong(in), readNullableLong(in), in.readLong(),
            in.readLong(), readWeights(in), readCounts(in), readCounts(in), readCounts(in)));

    static final CompactSerde<List<String>> IDS = new CompactSerde<>("event ids", 1, EventSerdes::writeStrings,
            EventSerdes::readStrings);

    /** The article in Avro single-object encoding: a local copy needs no registry round trip. */
    static final CompactSerde<GatherInput> GATHER = new CompactSerde<>("event gather input", 1, (out, input) -> {
        out.writeBoolean(input.article() != null);
        if (input.article() != null) {
            ByteBuffer encoded = input.article().toByteBuffer();
            out.writeInt(encoded.remaining());
            out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
        }
        out.writeBoolean(input.eventId() != null);
        if (input.eventId() != null) out.writeUTF(input.eventId());
    }, in -> {
        Article article = in.readBoolean() ? Article.fromByteBuffer(ByteBuffer.wrap(in.readNBytes(in.readInt()))) : null;
        return new GatherInput(article, in.readBoolean() ? in.readUTF() : null);
    });

    private EventSerdes() {}

    private static void writeNullableLong(DataOutputStream out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) out.writeLong(value);
    }

    private static Long readNullableLong(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) out.writeUTF(value);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) values.add(in.readUTF());
        return values;
    }

    private static void writeWeights(DataOutputStream out, Map<String, Float> weights) throws IOException {
        out.writeInt(weights.size());
        for (Map.Entry<String, Float> entry : weights.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeFloat(entry.getValue());
        }
    }

    private static Map<String, Float> readWeights(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Float> weights = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) weights.put(in.readUTF(), in.readFloat());
        return weights;
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Integer> counts = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) counts.put(in.readUTF(), in.readInt());
        return counts;
    }
}
