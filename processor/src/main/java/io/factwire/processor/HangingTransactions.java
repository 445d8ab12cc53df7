package io.factwire.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * Which open transactions on the processor's partitions are hanging: records of a transaction that no commit or
 * abort marker will ever end, because the coordinator does not know the partition is in it (seen after a broker
 * restart in the middle of a transaction). Such a partition's last stable offset stays below its end forever, so a
 * read_committed restore of a changelog never finishes and a repartition topic is never read past it. The rules
 * are those of Kafka's operator tool ({@code kafka-transactions.sh find-hanging}, KIP-664), made safe to apply
 * unattended: a transaction is hanging only when it has been open longer than {@link #threshold} by its last write
 * and by this process's own clock, and the coordinator no longer lists the partition among those it will still
 * write a marker to. A live transaction is never that old: the coordinator aborts one after
 * {@code transaction.timeout.ms} (checked every 10 s), and Kafka Streams commits every {@code commit.interval.ms}.
 * Pure: the Kafka calls are {@link HangingTransactionAborter}'s.
 */
final class HangingTransactions {

    /**
     * One producer's open transaction on one partition, as {@code Admin.describeProducers} reports it. Equal only
     * while nothing more is written to it: a transaction still written to is alive, and is seen afresh.
     */
    record OpenTransaction(TopicPartition partition, long producerId, int producerEpoch, int coordinatorEpoch,
                           long startOffset, long lastTimestamp) {}

    private final Duration threshold;
    /** When this process first saw each open transaction: a record's timestamp is event time, not the clock. */
    private final Map<OpenTransaction, Long> firstSeen = new HashMap<>();

    HangingTransactions(Duration transactionTimeout) {
        this.threshold = threshold(transactionTimeout);
    }

    /** Twice the timeout, and at least a minute more than it: the coordinator's own abort has long been due. */
    static Duration threshold(Duration transactionTimeout) {
        Duration twice = transactionTimeout.multipliedBy(2);
        Duration plusMinute = transactionTimeout.plusSeconds(60);
        return twice.compareTo(plusMinute) > 0 ? twice : plusMinute;
    }

    Duration threshold() {
        return threshold;
    }

    /**
     * The open transactions old enough to be hanging, to be checked against the coordinator. Remembers when each
     * was first seen and forgets those no longer open.
     */
    List<OpenTransaction> suspects(Collection<OpenTransaction> open, long nowMs) {
        firstSeen.keySet().retainAll(Set.copyOf(open));
        List<OpenTransaction> old = new ArrayList<>();
        for (OpenTransaction transaction : open) {
            long seen = firstSeen.computeIfAbsent(transaction, key -> nowMs);
            if (nowMs - seen >= threshold.toMillis() && nowMs - transaction.lastTimestamp() >= threshold.toMillis()) {
                old.add(transaction);
            }
        }
        return old;
    }

    /**
     * The suspects the coordinator will not end: no transactional id holds the producer id any more, or the
     * transaction of the id that does (ongoing, or writing its markers) does not include the partition.
     *
     * @param transactionalIds      producer id to transactional id, from {@code Admin.listTransactions}
     * @param coordinatorPartitions transactional id to the partitions its coordinator lists, from
     *                              {@code Admin.describeTransactions}; an id the coordinator no longer knows is absent
     */
    static List<OpenTransaction> hanging(List<OpenTransaction> suspects, Map<Long, String> transactionalIds,
                                         Map<String, Set<TopicPartition>> coordinatorPartitions) {
        List<OpenTransaction> hanging = new ArrayList<>();
        for (OpenTransaction suspect : suspects) {
            String transactionalId = transactionalIds.get(suspect.producerId());
            Set<TopicPartition> listed = transactionalId == null ? Set.of()
                    : coordinatorPartitions.getOrDefault(transactionalId, Set.of());
            if (!listed.contains(suspect.partition())) hanging.add(suspect);
        }
        return hanging;
    }
}
