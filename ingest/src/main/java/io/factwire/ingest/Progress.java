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
    private final long started;
    private final ScheduledExecutorService ticker;
    private volatile long total = -1;
    private boolean barShown;

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
        this.started = nanoTime.getAsLong();
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
            err.println("ingest: " + line());
        }
        err.flush();
    }

    private String line() {
        return format(done.getAsLong(), bytes.getAsLong(), total,
                Duration.ofNanos(nanoTime.getAsLong() - started), terminal);
    }

    /** E.g. {@code [##########..............] 21,400/51,420 articles  40.1 MB  8,130/s  ETA 0:04}. */
    static String format(long done, long bytes, long total, Duration elapsed, boolean withBar) {
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
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        line.append("  ").append(count(Math.round(rate))).append("/s");
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
