package io.factwire.bench;

import io.factwire.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Dedup's verdicts on the articles of the throughput workload as a reader sees them: one record on articles-unique
 * or articles-duplicates per article. Counted on the watcher's thread, read after it closed.
 */
final class Verdicts {

    private long unique;
    private long duplicates;

    void add(ConsumerRecord<byte[], byte[]> record, long receivedNanos) {
        if (record.topic().equals(Topics.ARTICLES_UNIQUE)) {
            unique++;
        } else {
            duplicates++;
        }
    }

    long unique() {
        return unique;
    }

    long duplicates() {
        return duplicates;
    }
}
