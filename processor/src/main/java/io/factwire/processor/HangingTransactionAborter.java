package io.factwire.processor;

import io.factwire.processor.HangingTransactions.OpenTransaction;
import io.factwire.processor.config.ConfigValues;
import io.factwire.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeProducersResult;
import org.apache.kafka.clients.admin.DescribeTransactionsResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aborts hanging transactions ({@link HangingTransactions}) on the topics the processor writes (its internal
 * changelog and repartition topics, its output topics, and its group's offsets partition), what an operator would do with
 * {@code kafka-transactions.sh find-hanging} and {@code abort}: one left behind by a broker restart otherwise stalls
 * a restarted processor's restore for good. Checks every {@link #INTERVAL}, in a thread of its own; a check that
 * fails (a broker down) is logged and tried again next time, and nothing is aborted on partial knowledge.
 */
final class HangingTransactionAborter implements AutoCloseable {

    /** {@code true} (default) or {@code false}: off leaves hanging transactions to an operator. */
    static final String ENABLED = "factwire.abort-hanging-transactions";
    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactionAborter.class);

    private final Admin admin;
    private final String applicationId;
    private final HangingTransactions transactions;
    private final ScheduledExecutorService schedule;

    HangingTransactionAborter(Admin admin, String applicationId, HangingTransactions transactions) {
        this.admin = admin;
        this.applicationId = applicationId;
        this.transactions = transactions;
        this.schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "factwire-hanging-transactions");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the checks, unless {@value #ENABLED} is false (then null). */
    static HangingTransactionAborter start(ProcessorConfig config) {
        if (!new ConfigValues(config.asMap()).flag(ENABLED, true)) return null;
        Admin admin = Admin.create(config.adminConfig());
        HangingTransactionAborter aborter = new HangingTransactionAborter(admin, config.applicationId(),
                new HangingTransactions(HangingTransactions.thresholdFor(transactionTimeout(config))));
        LOG.info("aborting transactions left hanging on the topics of {} (open beyond {} s, checked every {} s)",
                config.applicationId(), aborter.transactions.threshold().toSeconds(), INTERVAL.toSeconds());
        aborter.schedule.scheduleWithFixedDelay(aborter::checkQuietly, 1, INTERVAL.toSeconds(), TimeUnit.SECONDS);
        return aborter;
    }

    /** The producers' {@code transaction.timeout.ms} as Kafka Streams sets it: 10 s under exactly-once unless overridden. */
    static Duration transactionTimeout(ProcessorConfig config) {
        Object timeout = new StreamsConfig(config.streamsProperties()).getProducerConfigs("hanging-transactions")
                .get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);
        return Duration.ofMillis(timeout == null ? 60_000 : Long.parseLong(timeout.toString()));
    }

    private void checkQuietly() {
        try {
            check();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debug("hanging transaction check failed, next in {} s: {}", INTERVAL.toSeconds(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One look: returns the transactions it aborted. */
    List<OpenTransaction> check() throws ExecutionException, TimeoutException, InterruptedException {
        List<OpenTransaction> suspects = transactions.suspects(openTransactions(), System.currentTimeMillis());
        if (suspects.isEmpty()) return List.of();
        Map<Long, String> transactionalIds = new HashMap<>();
        ListTransactionsOptions byProducer = new ListTransactionsOptions()
                .filterProducerIds(suspects.stream().map(OpenTransaction::producerId).toList());
        for (TransactionListing listing : await(admin.listTransactions(byProducer).all())) {
            transactionalIds.put(listing.producerId(), listing.transactionalId());
        }
        // The offsets partition is shared with other applications: only this application's producers are its business.
        suspects = suspects.stream().filter(suspect -> !suspect.partition().topic().equals(Topic.GROUP_METADATA_TOPIC_NAME)
                || transactionalIds.getOrDefault(suspect.producerId(), "").startsWith(applicationId + "-")).toList();
        List<OpenTransaction> aborted = new ArrayList<>();
        for (OpenTransaction hanging : HangingTransactions.hanging(suspects, transactionalIds, coordinatorPartitions(transactionalIds))) {
            if (abort(hanging)) aborted.add(hanging);
        }
        return aborted;
    }

    private List<OpenTransaction> openTransactions() throws ExecutionException, TimeoutException, InterruptedException {
        Set<String> names = await(admin.listTopics(new ListTopicsOptions().listInternal(true)).names());
        List<String> topics = names.stream().filter(topic -> topic.startsWith(applicationId + "-")
                || Topics.outputTopics().contains(topic) || topic.equals(Topic.GROUP_METADATA_TOPIC_NAME)).toList();
        List<TopicPartition> partitions = new ArrayList<>();
        await(admin.describeTopics(topics).allTopicNames()).forEach((topic, description) -> {
            if (!topic.equals(Topic.GROUP_METADATA_TOPIC_NAME)) {
                description.partitions().forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition())));
            } else { // once a group used it: only this application's group's partition
                partitions.add(new TopicPartition(topic, groupPartition(applicationId, description.partitions().size())));
            }
        });
        DescribeProducersResult producers = admin.describeProducers(partitions);
        List<OpenTransaction> open = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            List<ProducerState> active;
            try {
                active = await(producers.partitionResult(partition)).activeProducers();
            } catch (ExecutionException | TimeoutException e) {
                continue; // its leader is away (a broker restart): that partition waits for the next check
            }
            for (ProducerState producer : active) {
                if (producer.currentTransactionStartOffset().isEmpty()) continue;
                open.add(new OpenTransaction(partition, producer.producerId(), producer.producerEpoch(),
                        producer.coordinatorEpoch().orElse(-1), producer.currentTransactionStartOffset().getAsLong(),
                        producer.lastTimestamp()));
            }
        }
        return open;
    }

    /**
     * Where the group coordinator keeps a group's offsets, as Kafka places it: a transaction's offset commit left
     * hanging there keeps the input partition's committed offset "unstable", and the task that reads it never starts.
     */
    static int groupPartition(String groupId, int partitions) {
        return Utils.abs(groupId.hashCode()) % partitions;
    }

    /** The partitions each coordinator will still write a marker to; an id it no longer knows stays absent. */
    private Map<String, Set<TopicPartition>> coordinatorPartitions(Map<Long, String> transactionalIds)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<String, Set<TopicPartition>> partitions = new HashMap<>();
        Set<String> ids = Set.copyOf(transactionalIds.values());
        DescribeTransactionsResult described = admin.describeTransactions(ids);
        for (String transactionalId : ids) {
            try {
                partitions.put(transactionalId, await(described.description(transactionalId)).topicPartitions());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TransactionalIdNotFoundException)) throw e;
            }
        }
        return partitions;
    }

    private boolean abort(OpenTransaction hanging) throws ExecutionException, TimeoutException, InterruptedException {
        // A producer's first transaction on a partition has no coordinator epoch there yet (-1); 0 is at most any
        // epoch the partition could check it against, as the operator's tool does.
        AbortTransactionSpec spec = new AbortTransactionSpec(hanging.partition(), hanging.producerId(),
                (short) hanging.producerEpoch(), Math.max(0, hanging.coordinatorEpoch()));
        try {
            await(admin.abortTransaction(spec).all());
        } catch (ExecutionException e) {
            LOG.warn("could not abort the hanging transaction on {} (start offset {}): {}; an operator can: "
                            + "kafka-transactions.sh --bootstrap-server HOST:PORT abort --topic {} --partition {} --start-offset {}",
                    hanging.partition(), hanging.startOffset(), e.getCause().toString(), hanging.partition().topic(),
                    hanging.partition().partition(), hanging.startOffset());
            return false;
        }
        LOG.warn("aborted a hanging transaction on {} (start offset {}, producer id {}, epoch {}, last record stamped {} s ago, "
                        + "open beyond {} s): nothing would ever end it, and it blocks read_committed reads of the partition",
                hanging.partition(), hanging.startOffset(), hanging.producerId(), hanging.producerEpoch(),
                (System.currentTimeMillis() - hanging.lastTimestamp()) / 1000, transactions.threshold().toSeconds());
        return true;
    }

    private static <T> T await(KafkaFuture<T> future) throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
    }
}
