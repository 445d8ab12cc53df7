package io.factwire.processor;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.processor.dedup.ArticleSignature;
import io.factwire.processor.dedup.DedupSerdes;
import io.factwire.processor.dedup.Signed;
import io.factwire.processor.events.EventFeatures;
import io.factwire.processor.events.EventSerdes;
import io.factwire.processor.events.Featured;
import io.factwire.processor.serde.BinarySerde;
import java.util.List;

/**
 * An article with everything the stages read of it where it arrived (its dedup signature, its event features, its
 * claims), on its way through the one hop to the decision: the decision then needs no text processing at all.
 */
record PreparedArticle(Article article, ArticleSignature signature, EventFeatures features, List<Claim> claims)
        implements Signed, Featured {

    static PreparedArticle of(Article article, ArticleSignature signature) {
        return new PreparedArticle(article, signature, null, List.of());
    }

    PreparedArticle withFeatures(EventFeatures value) {
        return new PreparedArticle(article, signature, value, claims);
    }

    PreparedArticle withClaims(List<Claim> value) {
        return new PreparedArticle(article, signature, features, List.copyOf(value));
    }

    /** Format 1: the article (Avro single-object encoding), the signature, the features, the claims. */
    static final BinarySerde<PreparedArticle> SERDE = new BinarySerde<>("prepared article", 1, (prepared, out) -> {
        BinarySerde.writeArticle(out, prepared.article());
        DedupSerdes.writeSignature(out, prepared.signature());
        EventSerdes.writeFeatures(prepared.features(), out);
        BinarySerde.writeClaims(out, prepared.claims());
    }, in -> new PreparedArticle(BinarySerde.readArticle(in), DedupSerdes.readSignature(in), EventSerdes.readFeatures(in),
            BinarySerde.readClaims(in)));
}
