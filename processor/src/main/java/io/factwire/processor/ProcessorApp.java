package io.factwire.processor;

import io.factwire.schemas.TopicSetup;
import io.factwire.stack.KafkaReady;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running processor: creates the topics that are missing, starts Kafka Streams on the factwire topology and
 * waits until it is RUNNING. A stream thread that dies on an unexpected error is replaced (its tasks restart from
 * the last commit, exactly once); bad records never get that far, they become dead letters. Closing leaves the
 * consumer group at once, so the partitions move to the other instances without waiting for a session timeout.
 * Meanwhile it aborts transactions that a crash left hanging on its topics ({@link HangingTransactionAborter}).
 */
public final class ProcessorApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorApp.class);
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final HangingTransactionAborter hangingTransactions; // null when turned off

    private ProcessorApp(KafkaStreams streams, HangingTransactionAborter hangingTransactions) {
        this.streams = streams;
        this.hangingTransactions = hangingTransactions;
    }

    /** Starts the factwire topology and returns once it is RUNNING. */
    public static ProcessorApp start(ProcessorConfig config, Duration startupTimeout)
            throws InterruptedException, TimeoutException {
        return start(config, FactwireTopology.buildTopology(config), startupTimeout);
    }

    /** Starts the given topology (the factwire one, or one with a test claim reader) with this configuration. */
    public static ProcessorApp start(ProcessorConfig config, Topology topology, Duration startupTimeout)
            throws InterruptedException, TimeoutException {
        createMissingTopics(config, startupTimeout);
        // Started before the streams: a transaction left hanging by a crash would stall this start-up's restore.
        HangingTransactionAborter hangingTransactions = HangingTransactionAborter.start(config);
        KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            LOG.info("factwire processor {}: {} -> {}", config.applicationId(), before, now);
            if (now == KafkaStreams.State.RUNNING) running.countDown();
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) failed.countDown();
        });
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("Stream thread died; replacing it", exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        ProcessorApp app = new ProcessorApp(streams, hangingTransactions);
        streams.start();
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        while (!running.await(100, TimeUnit.MILLISECONDS)) {
            if (failed.getCount() == 0 || System.nanoTime() > deadline) {
                KafkaStreams.State state = streams.state();
                LOG.error("factwire processor not RUNNING after {} (state {}); its threads:{}", startupTimeout, state,
                        StartupDiagnosis.of(streams));
                app.close();
                throw new TimeoutException("factwire processor did not reach RUNNING within " + startupTimeout
                        + " (state " + state + ", bootstrap " + config.bootstrapServers() + ")");
            }
        }
        return app;
    }

    private static void createMissingTopics(ProcessorConfig config, Duration timeout) {
        try (Admin admin = Admin.create(config.adminConfig())) {
            TopicSetup.createMissing(admin, config.partitions(), config.replication(), timeout);
            refuseRetiredState(admin, config, timeout);
        }
    }

    /** After {@link TopicSetup#createMissing}, which waits for the broker. */
    private static void refuseRetiredState(Admin admin, ProcessorConfig config, Duration timeout) {
        Set<String> topics = KafkaReady.await(admin.listTopics().names(), System.nanoTime() + timeout.toNanos(), "list topics");
        Set<String> retired = RetiredState.among(topics, config.applicationId());
        if (!retired.isEmpty()) throw new IllegalStateException(RetiredState.refusal(retired, config.applicationId()));
    }

    /** The Kafka Streams instance, for interactive queries and metrics. */
    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        if (hangingTransactions != null) hangingTransactions.close();
        boolean closed = streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT));
        if (!closed) LOG.warn("factwire processor did not close within {}", CLOSE_TIMEOUT);
    }
}
