package io.factwire.processor.serving;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for something that happens asynchronously (a record reaching a store), failing with the last answer. */
final class Eventually {

    private Eventually() {}

    static <T> T await(String what, Duration timeout, Callable<T> attempt, java.util.function.Predicate<T> done)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = attempt.call();
            if (done.test(last)) return last;
            Thread.sleep(100);
        }
        throw new AssertionError(what + " did not happen within " + timeout + "; last: " + last);
    }
}
