package io.factwire.processor.errors;

/**
 * A record the pipeline refuses for what it is, not for a fault of the processor: thrown at the head of the
 * topology and turned into a dead letter whose reason is this message alone.
 */
public final class RefusedRecord extends RuntimeException {

    public RefusedRecord(String reason) {
        super(reason, null, false, false);
    }
}
