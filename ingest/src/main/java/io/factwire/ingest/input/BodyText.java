package io.factwire.ingest.input;

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
        if (!HtmlText.looksLikeHtml(raw)) {
            return new Clean(raw, false);
        }
        String text = HtmlText.toText(raw);
        if (text.isBlank()) {
            throw new InputRejected(RejectReason.MISSING_BODY, "the HTML body has no text");
        }
        return new Clean(text, true);
    }

    void checkSize(long bytes) throws InputRejected {
        if (bytes > maxBodyBytes) {
            throw new InputRejected(RejectReason.BODY_TOO_LARGE, "body is " + bytes
                    + " bytes, over the limit of " + maxBodyBytes + " bytes (--max-body-bytes)");
        }
    }
}
