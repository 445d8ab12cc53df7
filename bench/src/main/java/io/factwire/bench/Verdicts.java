package io.factwire.bench;

import io.factwire.schemas.Topics;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Dedup's verdicts on the articles of the throughput workload as a reader sees them: one record on articles-unique
 * or articles-duplicates per article. Counted on the watcher's thread, read after it closed.
 *
 * <p>A copy that matches two groups of copies gets one duplicate record per group, written together (one
 * transaction, one key, so one partition, next to each other): a record with the key of the record just before it
 * on its partition is the same verdict. A re-send of the same id later is a verdict of its own.
 */
final class Verdicts {

    private long unique;
    private long duplicates;
    private final Map<Integer, byte[]> lastDuplicateKey = new HashMap<>();

    void add(ConsumerRecord<byte[], byte[]> record, long receivedNanos) {
        if (record.topic().equals(Topics.ARTICLES_UNIQUE)) {
            unique++;
        } else if (!Arrays.equals(lastDuplicateKey.put(record.partition(), record.key()), record.key())) {
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
