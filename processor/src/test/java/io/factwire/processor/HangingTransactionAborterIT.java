package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aborter's Kafka calls on a real broker, in the direction that must never go wrong: a live transaction whose
 * records carry an old timestamp (event time) and which stays open beyond the threshold is left alone, because its
 * coordinator still lists the partition; and a hanging transaction is aborted. A client cannot leave one: with
 * transaction verification (Kafka 4's default) a broker appends a transaction's records only once its coordinator
 * has the partition in the transaction. So the second test runs its own broker (Kafka's test kit) without
 * verification and sends a transaction's records in the wire protocol ({@link OrphanTransaction}).
 */
@RealStack
class HangingTransactionAborterIT {

    @Test
    void aLiveTransactionWithOldRecordsIsNeverAborted(StackEndpoints stack) throws Exception {
        String applicationId = "hanging-it-" + UUID.randomUUID().toString().substring(0, 8);
        TopicPartition changelog = new TopicPartition(applicationId + "-store-changelog", 0);
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, applicationId + "-1",
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 120_000);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(changelog.topic(), 1, (short) 1))).all().get();
            producer.initTransactions();
            producer.beginTransaction();
            long anHourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
            producer.send(new ProducerRecord<>(changelog.topic(), 0, anHourAgo, "key", "value")).get();
            HangingTransactionAborter aborter = new HangingTransactionAborter(admin, applicationId,
                    new HangingTransactions(Duration.ofSeconds(2)));

            assertThat(aborter.check()).isEmpty(); // first seen
            Thread.sleep(2_500);
            assertThat(aborter.check()).isEmpty(); // old by both clocks, but its coordinator lists the partition

            List<ProducerState> producers = admin.describeProducers(List.of(changelog)).partitionResult(changelog).get().activeProducers();
            assertThat(producers).singleElement().satisfies(state -> {
                assertThat(state.currentTransactionStartOffset()).hasValue(0);
                assertThat(state.lastTimestamp()).isEqualTo(anHourAgo);
            });
            producer.commitTransaction();
        }
    }

    @Test
    void aHangingTransactionIsAbortedAndTheRecordsBehindItBecomeReadable() throws Exception {
        try (KafkaClusterTestKit cluster = brokerWithoutTransactionVerification()) {
            String applicationId = "hanging-it";
            TopicPartition changelog = new TopicPartition(applicationId + "-store-changelog", 0);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(changelog.topic(), 1, (short) 1))).all().get();
                long anHourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
                long producerId = new OrphanTransaction(cluster.bootstrapServers().split(",")[0]).open(changelog, anHourAgo);
                HangingTransactionAborter aborter = new HangingTransactionAborter(admin, applicationId,
                        new HangingTransactions(Duration.ofSeconds(2)));
                assertThat(openTransactions(admin, changelog)).isEqualTo(1);

                assertThat(aborter.check()).isEmpty(); // first seen
                Thread.sleep(2_500);
                assertThat(aborter.check()).singleElement().satisfies(aborted -> {
                    assertThat(aborted.partition()).isEqualTo(changelog);
                    assertThat(aborted.producerId()).isEqualTo(producerId);
                    assertThat(aborted.startOffset()).isZero();
                });
                assertThat(openTransactions(admin, changelog)).isZero();
                long lastStable = admin.listOffsets(Map.of(changelog, OffsetSpec.latest()),
                        new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).partitionResult(changelog).get().offset();
                assertThat(lastStable).as("the last stable offset is past the aborted transaction's marker").isEqualTo(2);
            }
        }
    }

    /** What a restarted processor met in the chaos suite: a restore that cannot pass a hanging transaction. */
    @Test
    void aProcessorWhoseRestoreMeetsAHangingTransactionAbortsItAndRuns(StackEndpoints stack, @TempDir Path stateDir) throws Exception {
        try (KafkaClusterTestKit cluster = brokerWithoutTransactionVerification();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            String applicationId = "hanging-restore-it";
            TopicPartition seenIds = new TopicPartition(applicationId + "-dedup-seen-ids-changelog", 0);
            admin.createTopics(List.of(new NewTopic(seenIds.topic(), 6, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            new OrphanTransaction(cluster.bootstrapServers().split(",")[0]).open(seenIds, System.currentTimeMillis());
            ProcessorConfig config = ProcessorConfig.defaults().with(Map.of(
                    StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    ProcessorConfig.REGISTRY_URL, stack.registryUrl(),
                    StreamsConfig.APPLICATION_ID_CONFIG, applicationId,
                    StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));

            long start = System.nanoTime();
            try (ProcessorApp app = ProcessorApp.start(config, Duration.ofMinutes(3))) {
                System.out.printf("RUNNING after %d s%n", (System.nanoTime() - start) / 1_000_000_000);
                // Kafka Streams may pass through RUNNING before the thread that restores the partition has its task
                // (a second rebalance follows at once): what counts is that the processor aborts the transaction and
                // then runs, within its threshold (70 s) and a few checks.
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (openTransactions(admin, seenIds) > 0 && System.nanoTime() < deadline) Thread.sleep(1_000);
                assertThat(openTransactions(admin, seenIds)).isZero();
                while (app.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) Thread.sleep(200);
                System.out.printf("transaction aborted and RUNNING after %d s%n", (System.nanoTime() - start) / 1_000_000_000);
                assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
    }

    private static KafkaClusterTestKit brokerWithoutTransactionVerification() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("transaction.partition.verification.enable", "false")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0").build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    private static long openTransactions(Admin admin, TopicPartition partition) throws Exception {
        return admin.describeProducers(List.of(partition)).partitionResult(partition).get().activeProducers().stream()
                .filter(state -> state.currentTransactionStartOffset().isPresent()).count();
    }
}
