package io.factwire.ingest.input;

import io.factwire.schemas.ArticleContent;
import java.util.Optional;

/** The checks and clean-up every body goes through, whatever the input format. */
final class BodyText {

    /** A body ready to publish, and whether HTML had to be removed to get it. */
    record Clean(String text, boolean htmlStripped) {
    }

    private final long maxBodyBytes;

    BodyText(long maxBodyBytes) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body size limit must be positive, was " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Rejects a body that is absent, blank, or larger than the limit (measured in UTF-8 bytes as it arrived,
     * before any HTML is removed: the limit protects the reader, whatever the markup ratio), and reduces HTML
     * to text.
     */
    Clean clean(String raw) throws InputRejected {
        if (raw == null || raw.isBlank()) {
            throw new InputRejected(RejectReason.MISSING_BODY, "");
        }
        checkSize(StrictUtf8.encodedLength(raw));
        Clean clean = HtmlText.looksLikeHtml(raw) ? new Clean(HtmlText.toText(raw), true) : new Clean(raw, false);
        if (clean.text().isBlank()) {
            throw new InputRejected(RejectReason.MISSING_BODY, "the HTML body has no text");
        }
        // The processor refuses what this check refuses: nothing published by ingest becomes a dead letter for it.
        Optional<ArticleContent.Violation> refused = ArticleContent.checkBody(clean.text(), maxBodyBytes);
        if (refused.isPresent()) {
            throw new InputRejected(RejectReason.of(refused.get().problem()), refused.get().detail());
        }
        return clean;
    }

    /** The article as ingest publishes it, refused by the processor's own rules ({@link ArticleContent#check}) or not at all. */
    static ParsedArticle admitted(ParsedArticle article) throws InputRejected {
        Optional<ArticleContent.Violation> refused = ArticleContent.check(article.id(), article.title(), article.body());
        if (refused.isPresent()) {
            throw new InputRejected(RejectReason.of(refused.get().problem()), refused.get().detail());
        }
        return article;
    }

    void checkSize(long bytes) throws InputRejected {
        if (bytes > maxBodyBytes) {
            throw new InputRejected(RejectReason.BODY_TOO_LARGE, "body is " + bytes
                    + " bytes, over the limit of " + maxBodyBytes + " bytes (--max-body-bytes)");
        }
    }
}
