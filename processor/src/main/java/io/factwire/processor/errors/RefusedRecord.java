package io.factwire.processor.errors;

/**
 * A record the pipeline refuses for what it is, not for a fault of the processor: thrown at the head of the
 * topology and turned into a dead letter whose reason is this message alone, under the stage of the processor
 * that threw it, or under {@code deserialization} when the bytes are not an article at all.
 */
public final class RefusedRecord extends RuntimeException {

    static final String UNREADABLE = "deserialization";

    private final String stage;

    public RefusedRecord(String reason) {
        this(reason, null, null);
    }

    private RefusedRecord(String reason, Throwable cause, String stage) {
        super(reason, cause, false, false);
        this.stage = stage;
    }

    /** Bytes that do not decode as the topic's records; the reason is the decoder's, causes included. */
    public static RefusedRecord unreadable(Exception decodingFailure) {
        return new RefusedRecord(DeadLetters.reason(decodingFailure), decodingFailure, UNREADABLE);
    }

    /** The stage the dead letter names, when it is not the one of the processor that threw. */
    String stage() {
        return stage;
    }

    /** The exception class a dead letter names: the decoder's for unreadable bytes, else this one. */
    String exceptionClass() {
        return getCause() != null ? getCause().getClass().getName() : getClass().getName();
    }
}
