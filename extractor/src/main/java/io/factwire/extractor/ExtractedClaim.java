package io.factwire.extractor;

import java.util.Objects;

/**
 * One casualty claim found in an article (the fields of CLAIMS.md).
 *
 * @param doc         the article id
 * @param outcome     what happened to the people counted
 * @param count       the stated figure (the lower one for a range; 0 for "no one was hurt")
 * @param qualifier   how the figure is hedged
 * @param high        the upper figure of a range, else {@code null}
 * @param vague       true when the figure comes from a vague word ("dozens" = 24)
 * @param group       who the counted people are
 * @param attribution who the figure is attributed to, as written, or {@code null}
 * @param location    the place the sentence (or the article's dateline) names, or {@code null}
 * @param background  true when the figure belongs to an earlier, other event ("the 2004 tsunami killed 170,000")
 * @param text        the sentence the claim comes from
 * @param start       offset of the sentence in {@link ArticleText#fullText()}
 * @param end         end offset (exclusive) of the sentence in {@link ArticleText#fullText()}
 */
public record ExtractedClaim(String doc, Outcome outcome, long count, Qualifier qualifier, Long high, boolean vague,
                             VictimGroup group, String attribution, String location, boolean background,
                             String text, int start, int end) {

    public ExtractedClaim {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(text, "text");
        if (qualifier == Qualifier.RANGE && high == null) {
            throw new IllegalArgumentException("a range claim needs its upper figure");
        }
        if (qualifier != Qualifier.RANGE) {
            high = null;
        }
    }
}
