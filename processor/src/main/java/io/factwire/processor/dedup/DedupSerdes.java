package io.factwire.processor.dedup;

import io.factwire.avro.DuplicateKind;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Serdes of the dedup stage's repartition topics and stores. */
final class DedupSerdes {
    static final BinarySerde<ContainmentSketch> SKETCH =
            new BinarySerde<>("dedup sketch", 1, DedupSerdes::writeSketch, DedupSerdes::readSketch);

    static final BinarySerde<Probe> PROBE = new BinarySerde<>("dedup probe", 1, (probe, out) -> {
        out.writeUTF(probe.articleId());
        out.writeLong(probe.ingested());
        out.writeInt(probe.expectedReplies());
        out.writeBoolean(probe.sketch() != null);
        if (probe.sketch() != null) writeSketch(probe.sketch(), out);
    }, in -> new Probe(in.readUTF(), in.readLong(), in.readInt(), in.readBoolean() ? readSketch(in) : null));

    static final BinarySerde<IndexEntry> ENTRY = new BinarySerde<>("dedup index entry", 1, (entry, out) -> {
        out.writeUTF(entry.articleId());
        out.writeLong(entry.ingested());
    }, in -> new IndexEntry(in.readUTF(), in.readLong()));

    static final BinarySerde<BucketReply> REPLY = new BinarySerde<>("dedup bucket reply", 1, (reply, out) -> {
        out.writeInt(reply.expectedReplies());
        writeMatch(reply.match(), out);
    }, in -> new BucketReply(in.readInt(), readMatch(in)));

    static final BinarySerde<PendingArticle> PENDING = new BinarySerde<>("dedup pending article", 1, (p, out) -> {
        out.writeInt(p.expectedReplies());
        BinarySerde.writeArticle(out, p.article());
    }, in -> new PendingArticle(in.readInt(), BinarySerde.readArticle(in)));

    static final BinarySerde<GatherState> GATHER = new BinarySerde<>("dedup gather state", 1, (state, out) -> {
        out.writeBoolean(state.article() != null);
        if (state.article() != null) BinarySerde.writeArticle(out, state.article());
        out.writeInt(state.expectedReplies());
        out.writeInt(state.received());
        writeMatch(state.best(), out);
    }, in -> new GatherState(in.readBoolean() ? BinarySerde.readArticle(in) : null, in.readInt(), in.readInt(),
            readMatch(in)));

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

    private static void writeMatch(Match match, DataOutputStream out) throws IOException {
        out.writeBoolean(match != null);
        if (match == null) return;
        out.writeUTF(match.originalId());
        out.writeLong(match.originalIngested());
        out.writeByte(match.kind().ordinal());
        out.writeDouble(match.similarity());
    }

    private static Match readMatch(DataInputStream in) throws IOException {
        if (!in.readBoolean()) return null;
        return new Match(in.readUTF(), in.readLong(), DuplicateKind.values()[in.readByte()], in.readDouble());
    }
}
