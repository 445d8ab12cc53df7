package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The dedup index runs on ingest time, not publication time. Copies of one text reach us close together, but
 * their publication times can be years apart from the rest of the stream (a replayed archive, an undated
 * article stamped "now" next to one dated 2013): on publication time, a bounded index would expire entries
 * the moment they are written. {@link #toIngestTime()} stamps records for the index; {@link #toPublicationTime()}
 * gives unique articles back their publication time (or ingest time when undated, as ingest stamped them).
 */
final class IndexClock implements FixedKeyProcessor<String, Article, Article> {

    private final boolean ingest;
    private FixedKeyProcessorContext<String, Article> context;

    private IndexClock(boolean ingest) {
        this.ingest = ingest;
    }

    static IndexClock toIngestTime() {
        return new IndexClock(true);
    }

    static IndexClock toPublicationTime() {
        return new IndexClock(false);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article a = record.value();
        Instant published = a.getPublished();
        Instant time = ingest || published == null ? a.getIngested() : published;
        context.forward(record.withTimestamp(time.toEpochMilli()));
    }
}
