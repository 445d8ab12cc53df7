package io.factwire.extractor;

import io.factwire.extractor.grammar.ClaimFinder;
import java.util.List;
import java.util.Objects;

/**
 * Extracts casualty claims (CLAIMS.md) from articles with a hand-written grammar over tokens: no statistical
 * model, no per-call set-up.
 *
 * <p><b>Thread-safety:</b> an instance is immutable and {@link #extract} keeps all its state in locals, so one
 * instance may be shared by any number of threads (e.g. all the stream threads of a processor). The word tables
 * are built once, when the first instance is created; creating more instances costs nothing.
 *
 * <p>{@link #extract} does not throw on odd text (empty body, huge numbers, stray unicode): such text yields
 * fewer or no claims.
 */
public final class ClaimExtractor {

    /** Loads the grammar's word tables (once per JVM). */
    public ClaimExtractor() {
        ClaimFinder.find(new ArticleText("warm-up", "Quake kills 10", "", null));
    }

    /** The claims of one article, in text order; offsets index into {@link ArticleText#fullText()}. */
    public List<ExtractedClaim> extract(ArticleText article) {
        Objects.requireNonNull(article, "article");
        return ClaimFinder.find(article);
    }
}
