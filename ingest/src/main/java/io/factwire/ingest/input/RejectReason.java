package io.factwire.ingest.input;

import io.factwire.schemas.ArticleContent;

/** Why an input was not turned into an article; the summary groups rejections by these. */
public enum RejectReason {
    MALFORMED_JSON("malformed JSON"),
    INVALID_FIELD("invalid field"),
    MISSING_BODY("missing body"),
    UNPARSEABLE_DATE("unparseable date"),
    EMPTY_FILE("empty file"),
    EMPTY_FOLDER("empty folder"),
    INVALID_UTF8("invalid UTF-8"),
    BODY_TOO_LARGE("body over the size limit"),
    RAW_HTML("raw HTML"),
    UNREADABLE("unreadable input");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    /** The reason for a refusal by the rules ingest shares with the processor. */
    static RejectReason of(ArticleContent.Problem problem) {
        return switch (problem) {
            case MISSING_ID, MISSING_BODY -> MISSING_BODY;
            case BODY_TOO_LARGE -> BODY_TOO_LARGE;
            case RAW_HTML -> RAW_HTML;
        };
    }

    /** Short human wording, also the first words of every message with this reason. */
    public String label() {
        return label;
    }
}
