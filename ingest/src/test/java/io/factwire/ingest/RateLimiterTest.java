package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** Time that only moves when the limiter sleeps (or the test says so). */
    private static final class FakeTicker implements RateLimiter.Ticker {
        long now = 1_000_000_000L;
        long slept;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            now += nanos;
            slept += nanos;
        }

        double seconds(long nanos) {
            return nanos / 1e9;
        }
    }

    @Test
    void aFullBucketLetsABurstThroughThenHoldsTheRate() throws InterruptedException {
        FakeTicker ticker = new FakeTicker();
        RateLimiter limiter = new RateLimiter(100, ticker);

        for (int i = 0; i < 10; i++) {
            limiter.acquire();
        }
        assertThat(ticker.slept).as("the first tenth of a second's worth is a burst").isZero();

        for (int i = 0; i < 1000; i++) {
            limiter.acquire();
        }
        assertThat(ticker.seconds(ticker.slept)).isCloseTo(10.0, within(0.001));
    }

    @Test
    void idleTimeRefillsNoMoreThanTheCapacity() throws InterruptedException {
        FakeTicker ticker = new FakeTicker();
        RateLimiter limiter = new RateLimiter(50, ticker);
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }

        ticker.now += 60_000_000_000L; // a minute idle
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        assertThat(ticker.slept).isZero();

        limiter.acquire();
        assertThat(ticker.seconds(ticker.slept)).isCloseTo(0.02, within(0.0001));
    }

    @Test
    void slowRatesWaitWholeSecondsBetweenPermits() throws InterruptedException {
        FakeTicker ticker = new FakeTicker();
        RateLimiter limiter = new RateLimiter(0.5, ticker);

        limiter.acquire();
        limiter.acquire();
        limiter.acquire();

        assertThat(ticker.seconds(ticker.slept)).isCloseTo(4.0, within(0.001));
    }

    @Test
    void theRateMustBePositive() {
        assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
