package io.factwire.bench;

import io.factwire.schemas.Topics;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Dedup's verdict on each article of the throughput workload as a reader sees it: one record on articles-unique
 * or articles-duplicates per article, and when it became visible. Filled on the watcher's thread, read after.
 */
final class Verdicts {

    private long[] completions = new long[1024];
    private int count;
    private long unique;
    private long duplicates;

    void add(ConsumerRecord<byte[], byte[]> record, long receivedNanos) {
        if (count == completions.length) {
            completions = Arrays.copyOf(completions, count * 2);
        }
        completions[count++] = receivedNanos;
        if (record.topic().equals(Topics.ARTICLES_UNIQUE)) {
            unique++;
        } else {
            duplicates++;
        }
    }

    /** When each verdict became visible, in nanoseconds since {@code startNanos}. */
    long[] completionsSince(long startNanos) {
        long[] since = Arrays.copyOf(completions, count);
        for (int i = 0; i < since.length; i++) {
            since[i] -= startNanos;
        }
        return since;
    }

    long unique() {
        return unique;
    }

    long duplicates() {
        return duplicates;
    }
}
