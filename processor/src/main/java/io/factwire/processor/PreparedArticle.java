package io.factwire.processor;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.processor.dedup.ArticleSignature;
import io.factwire.processor.dedup.DedupSerdes;
import io.factwire.processor.dedup.Signed;
import io.factwire.processor.events.EventFeatures;
import io.factwire.processor.events.EventSerdes;
import io.factwire.processor.events.Featured;
import io.factwire.processor.order.Ranked;
import io.factwire.processor.order.RankedBytes;
import io.factwire.processor.order.SourcePosition;
import io.factwire.processor.serde.BinarySerde;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * An article with everything the stages read of it where it arrived (its dedup signature, its event features, its
 * claims) and where it was read (its source partition and offset), on its way through the one hop to the decision:
 * the decision then needs no text processing at all.
 */
record PreparedArticle(Article article, SourcePosition source, ArticleSignature signature, EventFeatures features,
                       List<Claim> claims) implements Signed, Featured, Ranked {

    static PreparedArticle of(Article article, SourcePosition source, ArticleSignature signature) {
        return new PreparedArticle(article, source, signature, null, List.of());
    }

    PreparedArticle withFeatures(EventFeatures value) {
        return new PreparedArticle(article, source, signature, value, claims);
    }

    PreparedArticle withClaims(List<Claim> value) {
        return new PreparedArticle(article, source, signature, features, List.copyOf(value));
    }

    @Override
    public long ingested() {
        return Signed.super.ingested();
    }

    /**
     * The format of the hop to the decision. Format 3 added the ingest time beside the source partition and offset,
     * the prefix {@link RankedBytes} reads, so that the merge ranks a record without decoding it.
     */
    static final int FORMAT = 3;

    /** Format 3: the source partition and offset, the ingest time, the article (Avro single-object encoding), the signature, the features, the claims. */
    static final BinarySerde<PreparedArticle> SERDE = new BinarySerde<>("prepared article", FORMAT, (prepared, out) -> {
        out.writeInt(prepared.source().partition());
        out.writeLong(prepared.source().offset());
        out.writeLong(prepared.ingested());
        BinarySerde.writeArticle(out, prepared.article());
        DedupSerdes.writeSignature(out, prepared.signature());
        EventSerdes.writeFeatures(prepared.features(), out);
        BinarySerde.writeClaims(out, prepared.claims());
    }, in -> {
        SourcePosition source = new SourcePosition(in.readInt(), in.readLong());
        in.readLong(); // the ingest time, read by the merge; the article carries it too
        return new PreparedArticle(BinarySerde.readArticle(in), source, DedupSerdes.readSignature(in),
                EventSerdes.readFeatures(in), BinarySerde.readClaims(in));
    });

    /** The hop's value serde: the encoding passes through the merge as it is. */
    static final Serde<RankedBytes> ENCODED = RankedBytes.serde(FORMAT);

    RankedBytes encoded() {
        byte[] bytes = SERDE.serializer().serialize(FactwireTopology.DECIDE_TOPIC, this);
        return new RankedBytes(source, ingested(), bytes);
    }

    static PreparedArticle decoded(RankedBytes encoded) {
        return SERDE.deserializer().deserialize(FactwireTopology.DECIDE_TOPIC, encoded.bytes());
    }
}
