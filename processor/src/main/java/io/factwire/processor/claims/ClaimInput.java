package io.factwire.processor.claims;

import io.factwire.processor.facts.ArticleClaims;
import io.factwire.processor.serde.BinarySerde;

/** What the claim tracker receives per article: its claims in its event, or its move to another event. */
public sealed interface ClaimInput {

    /** @param ingested when the article was ingested: its claims are held {@code retention} from then */
    record Extracted(ArticleClaims claims, long ingested) implements ClaimInput {}

    record Moved(String event) implements ClaimInput {}

    /** The record of the {@value ClaimStage#BY_ARTICLE} hop: compact, claims in Avro binary, never the article. */
    BinarySerde<ClaimInput> SERDE = new BinarySerde<>("claim input", 1, (input, out) -> {
        switch (input) {
            case Extracted extracted -> {
                out.writeBoolean(true);
                out.writeUTF(extracted.claims().article());
                out.writeUTF(extracted.claims().event());
                BinarySerde.writeClaims(out, extracted.claims().claims());
                out.writeLong(extracted.ingested());
            }
            case Moved moved -> {
                out.writeBoolean(false);
                out.writeUTF(moved.event());
            }
        }
    }, in -> in.readBoolean()
            ? new Extracted(new ArticleClaims(in.readUTF(), in.readUTF(), BinarySerde.readClaims(in)), in.readLong())
            : new Moved(in.readUTF()));
}
