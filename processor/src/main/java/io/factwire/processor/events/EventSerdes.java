package io.factwire.processor.events;

import io.factwire.avro.Article;
import io.factwire.processor.dedup.BinarySerde;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/** Serdes of the event stage's repartition topics and stores. */
final class EventSerdes {
    static final BinarySerde<EventFeatures> FEATURES = new BinarySerde<>("event features", 1, (f, out) -> {
        out.writeUTF(f.articleId());
        out.writeLong(f.time());
        BinarySerde.writeNullableString(out, f.month());
        BinarySerde.writeStrings(out, f.places());
        writeTerms(out, f.terms());
    }, EventSerdes::readFeatures);

    static final BinarySerde<EventState> STATE = new BinarySerde<>("event state", 1, (s, out) -> {
        out.writeUTF(s.id());
        writeTerms(out, s.centroid());
        BinarySerde.writeStrings(out, s.articles());
        out.writeLong(s.firstSeen());
        out.writeLong(s.lastSeen());
        out.writeLong(s.lastActive());
        BinarySerde.writeCounts(out, s.places());
        BinarySerde.writeCounts(out, s.months());
        BinarySerde.writeStrings(out, s.blockingKeys());
    }, in -> new EventState(in.readUTF(), readTerms(in), BinarySerde.readStrings(in), in.readLong(), in.readLong(),
            in.readLong(), BinarySerde.readCounts(in), BinarySerde.readCounts(in), BinarySerde.readStrings(in)));

    static final BinarySerde<List<String>> IDS =
            new BinarySerde<>("event ids", 1, (ids, out) -> BinarySerde.writeStrings(out, ids), BinarySerde::readStrings);

    static final BinarySerde<PendingJoin> PENDING = new BinarySerde<>("event join", 1, (p, out) -> {
        out.writeBoolean(p.article() != null);
        if (p.article() != null) BinarySerde.writeArticle(out, p.article());
        BinarySerde.writeNullableString(out, p.eventId());
    }, in -> new PendingJoin(in.readBoolean() ? BinarySerde.readArticle(in) : null, BinarySerde.readNullableString(in)));

    static final BinarySerde<Article> ARTICLE =
            new BinarySerde<>("article", 1, (a, out) -> BinarySerde.writeArticle(out, a), BinarySerde::readArticle);

    private EventSerdes() {}

    private static EventFeatures readFeatures(DataInputStream in) throws IOException {
        String articleId = in.readUTF();
        long time = in.readLong();
        String month = BinarySerde.readNullableString(in);
        List<String> places = BinarySerde.readStrings(in);
        return new EventFeatures(articleId, time, readTerms(in), places, month);
    }

    private static void writeTerms(DataOutputStream out, TermVector terms) throws IOException {
        out.writeInt(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            out.writeUTF(terms.terms()[i]);
            out.writeFloat(terms.weights()[i]);
        }
    }

    private static TermVector readTerms(DataInputStream in) throws IOException {
        int size = in.readInt();
        String[] terms = new String[size];
        float[] weights = new float[size];
        for (int i = 0; i < size; i++) {
            terms[i] = in.readUTF();
            weights[i] = in.readFloat();
        }
        return new TermVector(terms, weights);
    }
}
