package io.factwire.processor.serving;

/**
 * A request that cannot be answered, with the HTTP status and a reason meant for the caller. The dispatcher turns
 * it into a JSON body {@code {"status": ..., "error": ..., "reason": ...}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String reason) {
        super(reason);
        this.status = status;
        this.error = error;
    }

    public ApiException(int status, String error, String reason, Throwable cause) {
        super(reason, cause);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String reason) {
        return new ApiException(400, "bad-request", reason);
    }

    public static ApiException notFound(String reason) {
        return new ApiException(404, "not-found", reason);
    }

    /** The data exists but cannot be read right now (a store restoring, a rebalance): the caller should retry. */
    public static ApiException unavailable(String reason) {
        return new ApiException(503, "unavailable", reason);
    }

    public static ApiException unavailable(String reason, Throwable cause) {
        return new ApiException(503, "unavailable", reason, cause);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
