package io.factwire.ingest;

import io.factwire.ingest.input.ParsedArticle;
import io.factwire.ingest.input.RejectReason;
import io.factwire.ingest.input.Rejection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters behind the progress display and the final summary. Written from the reading thread and the
 * producer's I/O thread, read by the progress thread.
 */
final class IngestStats implements PublishListener {

    private final LongAdder read = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final LongAdder publishedBytes = new LongAdder();
    private final LongAdder notSent = new LongAdder();
    private final Map<RejectReason, LongAdder> rejected = new EnumMap<>(RejectReason.class);

    IngestStats() {
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, new LongAdder()); // filled once, so concurrent reads need no lock
        }
    }

    /** Counts an article read, and hands it on: for use as {@code stream.map(stats::counted)}. */
    ParsedArticle counted(ParsedArticle article) {
        read.increment();
        return article;
    }

    void rejected(Rejection rejection) {
        rejected.get(rejection.reason()).increment();
    }

    @Override
    public void acknowledged(String id, long bytes) {
        published.increment();
        publishedBytes.add(bytes);
    }

    @Override
    public void notSent(String id, Exception cause) {
        notSent.increment();
    }

    long readCount() {
        return read.sum();
    }

    long publishedCount() {
        return published.sum();
    }

    long publishedBytes() {
        return publishedBytes.sum();
    }

    long notSentCount() {
        return notSent.sum();
    }

    long rejectedCount() {
        return rejected.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Rejections per reason, only the reasons that occurred, in the enum's order. */
    Map<RejectReason, Long> rejectedByReason() {
        Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
        rejected.forEach((reason, count) -> {
            if (count.sum() > 0) {
                counts.put(reason, count.sum());
            }
        });
        return counts;
    }
}
