package io.factwire.processor.dedup;

import io.factwire.processor.serde.BinarySerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Serdes of the dedup stage's stores, and its signature inside the record that crosses to the decision. */
public final class DedupSerdes {
    /** Format 2 added the lead's sketch. */
    static final BinarySerde<TextSketch> SKETCH =
            new BinarySerde<>("dedup sketch", 2, DedupSerdes::writeTextSketch, DedupSerdes::readTextSketch);

    /** An article's signature inside another record (format 3 of the signed record, without the article). */
    public static void writeSignature(DataOutputStream out, ArticleSignature signature) throws IOException {
        BinarySerde.writeStrings(out, signature.exactKeys());
        BinarySerde.writeStrings(out, signature.bandKeys());
        out.writeBoolean(signature.sketch() != null);
        if (signature.sketch() != null) writeTextSketch(signature.sketch(), out);
    }

    public static ArticleSignature readSignature(DataInputStream in) throws IOException {
        return new ArticleSignature(BinarySerde.readStrings(in), BinarySerde.readStrings(in),
                in.readBoolean() ? readTextSketch(in) : null);
    }

    private DedupSerdes() {}

    private static void writeTextSketch(TextSketch sketch, DataOutputStream out) throws IOException {
        writeSketch(sketch.whole(), out);
        out.writeBoolean(sketch.lead() != null);
        if (sketch.lead() != null) writeSketch(sketch.lead(), out);
    }

    private static TextSketch readTextSketch(DataInputStream in) throws IOException {
        return new TextSketch(readSketch(in), in.readBoolean() ? readSketch(in) : null);
    }

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
}
