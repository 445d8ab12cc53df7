package io.factwire.processor.dedup;

import io.factwire.processor.serde.BinarySerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Serdes of the dedup stage's repartition topic and stores. */
final class DedupSerdes {
    static final BinarySerde<ContainmentSketch> SKETCH =
            new BinarySerde<>("dedup sketch", 1, DedupSerdes::writeSketch, DedupSerdes::readSketch);

    static final BinarySerde<SignedArticle> SIGNED = new BinarySerde<>("dedup signed article", 1, (signed, out) -> {
        BinarySerde.writeArticle(out, signed.article());
        ArticleSignature signature = signed.signature();
        writeStrings(out, signature.exactKeys());
        writeStrings(out, signature.bandKeys());
        out.writeBoolean(signature.sketch() != null);
        if (signature.sketch() != null) writeSketch(signature.sketch(), out);
    }, in -> new SignedArticle(BinarySerde.readArticle(in), new ArticleSignature(readStrings(in), readStrings(in),
            in.readBoolean() ? readSketch(in) : null)));

    private DedupSerdes() {}

    private static void writeSketch(ContainmentSketch sketch, DataOutputStream out) throws IOException {
        out.writeInt(sketch.shingleCount());
        out.writeInt(sketch.unquotedCount());
        out.writeShort(sketch.smallestHashes().length);
        for (int hash : sketch.smallestHashes()) out.writeInt(hash);
    }

    private static ContainmentSketch readSketch(DataInputStream in) throws IOException {
        int shingles = in.readInt();
        int unquoted = in.readInt();
        int[] hashes = new int[in.readUnsignedShort()];
        for (int i = 0; i < hashes.length; i++) hashes[i] = in.readInt();
        return new ContainmentSketch(shingles, unquoted, hashes);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeShort(values.size());
        for (String value : values) out.writeUTF(value);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readUnsignedShort();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) values.add(in.readUTF());
        return values;
    }
}
