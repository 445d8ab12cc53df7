package io.factwire.processor.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.Duplicate;
import io.factwire.avro.Event;
import io.factwire.avro.FactState;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topics;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consistent picture of what the processor has committed, for {@code demo --once}: the latest fact per key,
 * the latest event per id, and every duplicate. Reads with {@code isolation.level=read_committed} up to the end
 * offsets taken at the start, so it shows whole exactly-once transactions and terminates.
 */
public final class Snapshot {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Snapshot() {}

    /** The snapshot as pretty-printed JSON ({@link SnapshotJson} has the shape). */
    public static String read(String bootstrap, String registry) throws TimeoutException, InterruptedException {
        return read(bootstrap, registry, DEFAULT_TIMEOUT);
    }

    public static String read(String bootstrap, String registry, Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return JSON.writeValueAsString(readTree(bootstrap, registry, timeout));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the snapshot as JSON", e);
        }
    }

    public static ObjectNode readTree(String bootstrap, String registry, Duration timeout)
            throws TimeoutException, InterruptedException {
        try (Topics topics = new Topics(SerdeConfig.forRegistry(registry))) {
            TopicReader reader = new TopicReader(bootstrap, timeout);
            Map<String, FactState> facts = latest(reader.readAll(topics.facts()));
            Map<String, Event> events = latest(reader.readAll(topics.events()));
            List<Duplicate> duplicates = reader.readAll(topics.duplicates()).stream()
                    .map(ConsumerRecord::value)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing(Duplicate::getArticle).thenComparing(Duplicate::getOriginal))
                    .toList();
            return SnapshotJson.snapshot(facts.values(), events.values(), duplicates);
        }
    }

    /** The last value per key in offset order, as a compacted topic keeps it; a tombstone removes the key. Sorted by key. */
    public static <V> Map<String, V> latest(List<ConsumerRecord<String, V>> records) {
        Map<String, V> latest = new TreeMap<>();
        for (ConsumerRecord<String, V> record : records) {
            if (record.value() == null) latest.remove(record.key());
            else latest.put(record.key(), record.value());
        }
        return latest;
    }
}
