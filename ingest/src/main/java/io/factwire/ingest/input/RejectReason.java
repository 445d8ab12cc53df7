package io.factwire.ingest.input;

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
    UNREADABLE("unreadable input");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    /** Short human wording, also the first words of every message with this reason. */
    public String label() {
        return label;
    }
}
