package io.factwire.ingest.input;

import java.util.Objects;

/** One input that was not turned into an article: where, why, and the detail a user needs to fix it. */
public record Rejection(SourcePosition position, RejectReason reason, String message) {

    public Rejection {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path:line: message}, e.g. {@code bad.jsonl:3: malformed JSON: Unexpected end-of-input ...}. */
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
