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
import io.factwire.processor.order.SourcePosition;
import io.factwire.processor.serde.BinarySerde;
import java.util.List;

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

    /** Format 2: the source partition and offset, the article (Avro single-object encoding), the signature, the features, the claims. */
    static final BinarySerde<PreparedArticle> SERDE = new BinarySerde<>("prepared article", 2, (prepared, out) -> {
        out.writeInt(prepared.source().partition());
        out.writeLong(prepared.source().offset());
        BinarySerde.writeArticle(out, prepared.article());
        DedupSerdes.writeSignature(out, prepared.signature());
        EventSerdes.writeFeatures(prepared.features(), out);
        BinarySerde.writeClaims(out, prepared.claims());
    }, in -> {
        SourcePosition source = new SourcePosition(in.readInt(), in.readLong());
        return new PreparedArticle(BinarySerde.readArticle(in), source, DedupSerdes.readSignature(in),
                EventSerdes.readFeatures(in), BinarySerde.readClaims(in));
    });
}
