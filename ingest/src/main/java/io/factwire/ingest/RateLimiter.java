package io.factwire.ingest;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket: {@link #acquire()} lets through at most {@code permitsPerSecond} callers a second on
 * average, with bursts of up to a tenth of a second's worth (at least one) after an idle spell. Not
 * thread-safe: the publish loop is its only caller.
 */
public final class RateLimiter {

    /** Time as the limiter sees it; tests substitute a fake one to check the arithmetic without sleeping. */
    public interface Ticker {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };
    }

    private static final double NANOS_PER_SECOND = 1e9;

    private final double permitsPerNano;
    private final double capacity;
    private final Ticker ticker;
    private double tokens;
    private long refilledAt;

    public RateLimiter(double permitsPerSecond) {
        this(permitsPerSecond, Ticker.SYSTEM);
    }

    public RateLimiter(double permitsPerSecond, Ticker ticker) {
        if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
            throw new IllegalArgumentException("the rate must be a positive number, was " + permitsPerSecond);
        }
        this.permitsPerNano = permitsPerSecond / NANOS_PER_SECOND;
        this.capacity = Math.max(1, permitsPerSecond / 10);
        this.ticker = ticker;
        this.tokens = capacity;
        this.refilledAt = ticker.nanoTime();
    }

    /** Waits until a token is available and takes it. */
    public void acquire() throws InterruptedException {
        refill();
        while (tokens < 1) {
            ticker.sleepNanos((long) Math.ceil((1 - tokens) / permitsPerNano));
            refill();
        }
        tokens -= 1;
    }

    /** {@code item}, once a token allows it through: for use as {@code stream.map(limiter::pass)}. */
    public <T> T pass(T item) {
        try {
            acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rate limit", e);
        }
        return item;
    }

    private void refill() {
        long now = ticker.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * permitsPerNano);
        refilledAt = now;
    }
}
