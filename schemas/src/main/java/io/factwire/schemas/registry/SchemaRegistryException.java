package io.factwire.schemas.registry;

/** A schema registry call failed; the message names the registry and what was asked. */
public class SchemaRegistryException extends RuntimeException {
    private final int httpStatus;

    public SchemaRegistryException(String message) {
        this(message, 0, null);
    }

    public SchemaRegistryException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status the registry answered with, or 0 when there was no HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }
}
