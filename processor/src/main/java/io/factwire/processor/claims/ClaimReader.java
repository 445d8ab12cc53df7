package io.factwire.processor.claims;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import java.util.List;

/**
 * Reads the casualty claims of one unique article (event id set). Implementations must be thread-safe: one
 * instance serves every stream thread. Throwing marks the article as a dead letter.
 */
@FunctionalInterface
public interface ClaimReader {
    List<Claim> read(Article article);
}
