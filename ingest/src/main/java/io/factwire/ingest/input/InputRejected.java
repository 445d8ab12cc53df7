package io.factwire.ingest.input;

/**
 * Raised by the parsers when an input cannot become an article. It carries the reason and the message but
 * not the position: the reader knows the position and turns this into a {@link Rejection}.
 */
final class InputRejected extends Exception {

    private final RejectReason reason;
    private final int line;

    /** A problem on the line the reader is currently at. */
    InputRejected(RejectReason reason, String detail) {
        this(reason, detail, -1);
    }

    /** A problem at a known line of a multi-line input (a seeds-format file). */
    InputRejected(RejectReason reason, String detail, int line) {
        super(detail.isEmpty() ? reason.label() : reason.label() + ": " + detail, null, false, false);
        this.reason = reason;
        this.line = line;
    }

    RejectReason reason() {
        return reason;
    }

    Rejection at(SourcePosition position) {
        SourcePosition where = line > 0 ? new SourcePosition(position.path(), line) : position;
        return new Rejection(where, reason, getMessage());
    }
}
