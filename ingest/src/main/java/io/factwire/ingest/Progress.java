package io.factwire.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on stderr while articles are published. On a terminal, one line redrawn in place with {@code \r}
 * (a bar when the total is known); otherwise, for logs and pipes, a plain line every few seconds. Messages
 * (rejections) go through {@link #message} so that they never end up glued to a half-drawn bar.
 */
final class Progress implements AutoCloseable {

    private static final long BAR_REDRAW_MILLIS = 250;
    private static final long LINE_EVERY_MILLIS = 5000;
    private static final int BAR_WIDTH = 24;
    /** Erase the current terminal line (ANSI), then go back to its start. */
    private static final String CLEAR_LINE = "\r\u001b[2K";

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier done;
    private final LongSupplier bytes;
    private final LongSupplier nanoTime;
    /** When articles were first seen done, and how many: the rate counts from there, not from connecting. */
    private long firstSeenAt = -1;
    private long firstSeenDone;
    private final ScheduledExecutorService ticker;
    private volatile long total = -1;
    private boolean barShown;
    /** What the last plain line reported: an idle --follow prints nothing until something happens. */
    private long lastLineDone;

    /**
     * @param done  articles done so far (published, or validated in a dry run)
     * @param bytes bytes published so far, or -1 when there are none to show (a dry run)
     */
    Progress(PrintStream err, boolean terminal, LongSupplier done, LongSupplier bytes, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.done = done;
        this.bytes = bytes;
        this.nanoTime = nanoTime;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        long every = terminal ? BAR_REDRAW_MILLIS : LINE_EVERY_MILLIS;
        ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Once known (a corpus read into memory), the total makes a bar and an ETA possible. */
    void total(long articles) {
        this.total = articles;
    }

    synchronized void message(String line) {
        if (barShown) {
            err.print(CLEAR_LINE);
        }
        err.println(line);
        if (barShown) {
            err.print(line());
        }
        err.flush();
    }

    /** Stops the display; on a terminal the bar is left showing its final state. */
    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (barShown) {
            err.print(CLEAR_LINE + line());
            err.println();
            barShown = false;
        }
        err.flush();
    }

    private synchronized void tick() {
        if (terminal) {
            err.print(CLEAR_LINE + line());
            barShown = true;
        } else {
            long now = done.getAsLong();
            if (now != lastLineDone) {
                lastLineDone = now;
                err.println("ingest: " + line());
            }
        }
        err.flush();
    }

    private String line() {
        long count = done.getAsLong();
        long now = nanoTime.getAsLong();
        if (firstSeenAt < 0 && count > 0) {
            firstSeenAt = now;
            firstSeenDone = count;
        }
        double seconds = firstSeenAt < 0 ? 0 : (now - firstSeenAt) / 1e9;
        double rate = seconds > 0 ? (count - firstSeenDone) / seconds : 0;
        return format(count, bytes.getAsLong(), total, rate, terminal);
    }

    /**
     * E.g. {@code [##########..............] 21,400/51,420 articles  40.1 MB  8,130/s  ETA 0:04}; the rate (in
     * articles a second) and the ETA are left out while the rate is not known yet.
     */
    static String format(long done, long bytes, long total, double rate, boolean withBar) {
        StringBuilder line = new StringBuilder();
        if (total > 0 && withBar) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        }
        line.append(count(done));
        if (total > 0) {
            line.append('/').append(count(total));
        }
        line.append(" articles");
        if (bytes >= 0) {
            line.append(String.format(Locale.ROOT, "  %.1f MB", bytes / 1e6));
        }
        if (rate > 0) {
            line.append("  ").append(count(Math.round(rate))).append("/s");
        }
        if (total > 0 && rate > 0 && done < total) {
            line.append("  ETA ").append(clock(Duration.ofSeconds((long) Math.ceil((total - done) / rate))));
        }
        return line.toString();
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
    static String clock(Duration duration) {
        long hours = duration.toHours();
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, duration.toMinutesPart(), duration.toSecondsPart())
                : String.format(Locale.ROOT, "%d:%02d", duration.toMinutesPart(), duration.toSecondsPart());
    }
}
