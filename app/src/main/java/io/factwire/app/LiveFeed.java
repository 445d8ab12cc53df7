package io.factwire.app;

import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;

/**
 * The demo's terminal view of the live feed: one line per committed fact update (read_committed, so it shows
 * exactly what downstream consumers see), from the moment it is opened.
 */
final class LiveFeed implements AutoCloseable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Topics topics;
    private final KafkaConsumer<String, FactUpdate> consumer;
    private final boolean earlierUpdates;

    private LiveFeed(Topics topics, KafkaConsumer<String, FactUpdate> consumer, boolean earlierUpdates) {
        this.topics = topics;
        this.consumer = consumer;
        this.earlierUpdates = earlierUpdates;
    }

    static LiveFeed open(StackEndpoints endpoints) {
        Topics topics = new Topics(SerdeConfig.forRegistry(endpoints.registryUrl()));
        Topic<String, FactUpdate> updates = topics.factUpdates();
        KafkaConsumer<String, FactUpdate> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                updates.keySerde().deserializer(), updates.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(updates.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolved now, before anything new is published.
        boolean earlier = partitions.stream().mapToLong(consumer::position).sum() > 0;
        return new LiveFeed(topics, consumer, earlier);
    }

    /** Whether fact updates were written before this feed opened (a demo started again on its state). */
    boolean earlierUpdates() {
        return earlierUpdates;
    }

    void printUntilInterrupted(PrintStream out) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, FactUpdate> record : consumer.poll(Duration.ofMillis(500))) {
                    out.println(describe(record.value()));
                }
                out.flush();
            }
        } catch (InterruptException e) {
            Thread.currentThread().interrupt(); // Ctrl-C while polling: the demo is stopping
        }
    }

    static String describe(FactUpdate update) {
        FactState f = update.getAfter();
        String change = update.getBefore() == null ? "new " : update.getBefore().getBest() == f.getBest() ? "more" : "now ";
        return String.format("%s  %-40s %-9s %-16s %s best %,d (low %,d, high %,d)  %d sources, %d origins  <- %s",
                LocalTime.now(ZoneId.systemDefault()).format(CLOCK), f.getEvent(), f.getOutcome(), f.getGroup(),
                change, f.getBest(), f.getLow(), f.getHigh(), f.getSources(), f.getOrigins(), update.getCause());
    }

    @Override
    public void close() {
        // Ctrl-C stops the feed by interrupting its thread; a consumer closed on an interrupted thread cannot stop its
        // fetcher and logs an error. The flag comes back once the consumer is closed, for whatever closes next.
        boolean interrupted = Thread.interrupted();
        try {
            consumer.close(Duration.ofSeconds(2));
            topics.close();
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
