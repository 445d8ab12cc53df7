package io.factwire.bench.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Throughput over windows of consecutive completions: how fast articles {@code [from, to)} finished, from the
 * completion times of every article (nanoseconds since processing started, in any order). The window before the
 * first completion starts at time 0, the start of processing; any other window starts at the completion of the
 * article before it.
 */
public final class WindowedThroughput {

    private final long[] sortedNanos;

    public WindowedThroughput(long[] completionNanos) {
        this.sortedNanos = completionNanos.clone();
        Arrays.sort(sortedNanos);
    }

    public int completed() {
        return sortedNanos.length;
    }

    /** Articles per second over completions {@code [from, to)}; NaN for an empty or instantaneous window. */
    public double rate(int from, int to) {
        if (from < 0 || to > sortedNanos.length || from >= to) {
            return Double.NaN;
        }
        long start = from == 0 ? 0 : sortedNanos[from - 1];
        long elapsed = sortedNanos[to - 1] - start;
        return elapsed <= 0 ? Double.NaN : (to - from) * 1e9 / elapsed;
    }

    /** The first {@code size} completions (or all, when fewer). */
    public Window first(int size) {
        int to = Math.min(size, sortedNanos.length);
        return new Window(0, to, rate(0, to));
    }

    /** The last {@code size} completions (or all, when fewer). */
    public Window last(int size) {
        int from = Math.max(0, sortedNanos.length - size);
        return new Window(from, sortedNanos.length, rate(from, sortedNanos.length));
    }

    /** Consecutive windows of {@code size} completions; the last one may be shorter. */
    public List<Window> series(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("window size must be at least 1, was " + size);
        }
        List<Window> windows = new ArrayList<>();
        for (int from = 0; from < sortedNanos.length; from += size) {
            int to = Math.min(from + size, sortedNanos.length);
            windows.add(new Window(from, to, rate(from, to)));
        }
        return windows;
    }

    /** Completions {@code [from, to)} and their rate in articles per second. */
    public record Window(int from, int to, double perSecond) {
    }
}
