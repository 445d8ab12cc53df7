package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.processor.HangingTransactions.OpenTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class HangingTransactionsTest {

    private static final TopicPartition CHANGELOG = new TopicPartition("factwire-processor-dedup-seen-ids-changelog", 5);
    private static final TopicPartition REPARTITION = new TopicPartition("factwire-processor-claims-repartition", 1);
    private static final long MINUTE = 60_000;

    private static OpenTransaction open(TopicPartition partition, long producerId, long lastTimestamp) {
        return new OpenTransaction(partition, producerId, 3, -1, 16, lastTimestamp);
    }

    @Test
    void theThresholdIsTwiceTheTimeoutAndAtLeastAMinuteMore() {
        assertThat(HangingTransactions.thresholdFor(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(70));
        assertThat(HangingTransactions.thresholdFor(Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void kafkaStreamsRunsItsTransactionsWithATenSecondTimeoutUnlessTold() {
        assertThat(HangingTransactionAborter.transactionTimeout(ProcessorConfig.defaults())).isEqualTo(Duration.ofSeconds(10));
        assertThat(HangingTransactionAborter.transactionTimeout(ProcessorConfig.defaults()
                .with("producer.transaction.timeout.ms", "30000"))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aTransactionIsSuspectOnlyOnceUnchangedBeyondTheThresholdByItsLastWriteAndByThisProcessesClock() {
        HangingTransactions transactions = new HangingTransactions(Duration.ofSeconds(70));
        long start = 100 * MINUTE;
        OpenTransaction writtenLongAgo = open(CHANGELOG, 7, start - 10 * MINUTE);
        OpenTransaction stillWritten = open(REPARTITION, 8, start);

        // First seen now: a record's timestamp is event time, so an old one alone proves nothing.
        assertThat(transactions.suspects(List.of(writtenLongAgo, stillWritten), start)).isEmpty();
        assertThat(transactions.suspects(List.of(writtenLongAgo, stillWritten), start + 69_000)).isEmpty();
        OpenTransaction writtenAgain = open(REPARTITION, 8, start + 65_000);
        assertThat(transactions.suspects(List.of(writtenLongAgo, writtenAgain), start + 70_000)).containsExactly(writtenLongAgo);
        assertThat(transactions.suspects(List.of(writtenLongAgo, writtenAgain), start + 139_000)).containsExactly(writtenLongAgo);
        assertThat(transactions.suspects(List.of(writtenLongAgo, writtenAgain), start + 140_000)).containsExactly(writtenLongAgo, writtenAgain);
    }

    @Test
    void aTransactionThatEndedAndAnotherBeganIsSeenAfresh() {
        HangingTransactions transactions = new HangingTransactions(Duration.ofSeconds(70));
        OpenTransaction first = open(CHANGELOG, 7, 0);
        transactions.suspects(List.of(first), MINUTE);
        transactions.suspects(List.of(), MINUTE + 10_000); // committed: forgotten
        OpenTransaction sameOffsetAgain = open(CHANGELOG, 7, 0);

        assertThat(transactions.suspects(List.of(sameOffsetAgain), 2 * MINUTE)).isEmpty();
        assertThat(transactions.suspects(List.of(sameOffsetAgain), 2 * MINUTE + 69_000)).isEmpty();
        assertThat(transactions.suspects(List.of(sameOffsetAgain), 2 * MINUTE + 70_000)).containsExactly(sameOffsetAgain);
    }

    @Test
    void aSuspectIsHangingWhenItsCoordinatorNoLongerListsThePartition() {
        OpenTransaction forgotten = open(CHANGELOG, 7, 0);          // the id's transaction now runs elsewhere
        OpenTransaction stillListed = open(REPARTITION, 7, 0);      // markers still to come
        OpenTransaction orphan = open(CHANGELOG, 9, 0);             // no transactional id holds producer 9
        OpenTransaction idExpired = open(REPARTITION, 11, 0);       // the id is listed, its coordinator has none

        List<OpenTransaction> hanging = HangingTransactions.hanging(List.of(forgotten, stillListed, orphan, idExpired),
                Map.of(7L, "factwire-processor-abc-1", 11L, "factwire-processor-abc-2"),
                Map.of("factwire-processor-abc-1", Set.of(REPARTITION, new TopicPartition("facts", 0))));

        assertThat(hanging).containsExactly(forgotten, orphan, idExpired);
    }

    @Test
    void aGroupsOffsetsLiveInThePartitionKafkaHashesItTo() {
        // Kafka's GroupCoordinator: Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions
        assertThat(HangingTransactionAborter.groupPartition("factwire-chaos", 5)).isEqualTo(Math.abs("factwire-chaos".hashCode()) % 5);
        assertThat(HangingTransactionAborter.groupPartition("factwire-chaos", 50)).isBetween(0, 49);
    }

    @Test
    void theAborterCanBeTurnedOffAndRefusesAnythingButTrueOrFalse() {
        assertThat(HangingTransactionAborter.start(ProcessorConfig.defaults().with(HangingTransactionAborter.ENABLED, "false"))).isNull();
        assertThatThrownBy(() -> HangingTransactionAborter.start(ProcessorConfig.defaults().with(HangingTransactionAborter.ENABLED, "off")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factwire.abort-hanging-transactions");
    }
}
