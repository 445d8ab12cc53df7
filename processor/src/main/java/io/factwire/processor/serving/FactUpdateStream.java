package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.factwire.avro.FactUpdate;
import io.factwire.schemas.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/stream}: the live feed as Server-Sent Events. Each client gets its own read_committed consumer
 * of {@code fact-updates} (no group): it sees an update once the processor's transaction commits, never one that
 * is aborted, and it can start anywhere, which is what resuming from {@code Last-Event-ID} needs. The feed is read
 * from Kafka rather than tapped inside the topology, so it shows what downstream consumers see.
 *
 * <pre>
 * event: fact
 * id: fact-updates-3-42@0:13,1:7,2:0,3:43,4:5,5:2
 * data: {"key":"...","before":{...},"after":{...},"cause":"article-id","at":"..."}
 * </pre>
 * The first event ({@code position}) carries the starting position; a comment line keeps idle connections open.
 */
final class FactUpdateStream implements StreamingEndpoint, AutoCloseable {

    static final String PATH = "/api/stream";
    private static final Logger LOG = LoggerFactory.getLogger(FactUpdateStream.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration TOPIC_WAIT = Duration.ofSeconds(5);
    /** How long a browser waits before reconnecting after the stream drops. */
    private static final int RETRY_MILLIS = 2000;

    private final Map<String, Object> consumerConfig;
    private final Deserializer<FactUpdate> updates;
    private final Duration heartbeat;
    private final Set<KafkaConsumer<String, byte[]>> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    FactUpdateStream(Map<String, Object> consumerConfig, Topics topics, Duration heartbeat) {
        this.consumerConfig = consumerConfig;
        this.updates = topics.factUpdates().valueSerde().deserializer();
        this.heartbeat = heartbeat;
    }

    /** Clients connected right now. */
    int clients() {
        return open.size();
    }

    @Override
    public void stream(Request request, HttpExchange exchange) throws IOException {
        request.allowOnly(Set.of("lastEventId"));
        // EventSource cannot set headers on its first connection: the query parameter is for links that resume.
        StreamPosition resume = request.header("Last-Event-ID").or(() -> request.param("lastEventId"))
                .filter(token -> !token.isBlank())
                .map(token -> StreamPosition.parse(Topics.FACT_UPDATES, token.trim()))
                .orElse(new StreamPosition(Map.of()));
        if (request.isHead()) {
            RequestDispatcher.send(exchange, new Response(200, "text/event-stream", new byte[0], Map.of()), true);
            return;
        }
        if (closed) throw ApiException.unavailable("the server is shutting down");
        try (KafkaConsumer<String, byte[]> consumer = ConsumerConfigs.bytesConsumer(
                ConsumerConfigs.readCommitted(consumerConfig, "stream"))) {
            open.add(consumer);
            try {
                Map<Integer, Long> position = start(consumer, resume);
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    relay(consumer, position, out);
                }
            } finally {
                open.remove(consumer);
            }
        } catch (IOException e) {
            LOG.debug("live feed client went away: {}", e.toString());
        } catch (WakeupException e) {
            LOG.debug("live feed closed with the server");
        }
    }

    /** Assigns every partition and seeks to the resume position (the end where it gives none). */
    private Map<Integer, Long> start(KafkaConsumer<String, byte[]> consumer, StreamPosition resume) {
        long deadline = System.nanoTime() + TOPIC_WAIT.toNanos();
        List<TopicPartition> partitions = TopicPartitions.await(consumer, List.of(Topics.FACT_UPDATES),
                () -> closed || System.nanoTime() > deadline);
        if (partitions.isEmpty()) throw ApiException.unavailable("topic " + Topics.FACT_UPDATES + " does not exist yet");
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        for (TopicPartition partition : partitions) {
            Long next = resume.next().get(partition.partition());
            if (next != null) consumer.seek(partition, next);
        }
        Map<Integer, Long> position = new HashMap<>();
        partitions.forEach(partition -> position.put(partition.partition(), consumer.position(partition)));
        return position;
    }

    private void relay(KafkaConsumer<String, byte[]> consumer, Map<Integer, Long> position, OutputStream out)
            throws IOException {
        StringBuilder events = new StringBuilder("retry: " + RETRY_MILLIS + "\n");
        ObjectNode start = Response.object();
        ObjectNode positions = start.putObject("positions");
        position.forEach((partition, offset) -> positions.put(Integer.toString(partition), offset));
        appendEvent(events, "position", new StreamPosition(position).token(Topics.FACT_UPDATES), start.toString());
        write(out, events);
        long lastWrite = System.nanoTime();
        while (!closed) {
            ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : records) {
                position.put(record.partition(), record.offset() + 1);
                String token = new StreamPosition(position).token(record.topic(), record.partition(), record.offset());
                try {
                    FactUpdate update = updates.deserialize(record.topic(), record.headers(), record.value());
                    appendEvent(events, "fact", token, ServingJson.update(update).toString());
                } catch (RuntimeException e) {
                    // Say which record the client misses rather than skip it without a trace.
                    LOG.warn("live feed: cannot read {}: {}", token, e.toString());
                    events.append(": cannot read ").append(token).append(": ").append(oneLine(e.toString())).append("\n\n");
                }
            }
            if (!events.isEmpty()) {
                write(out, events);
                lastWrite = System.nanoTime();
            } else if (System.nanoTime() - lastWrite >= heartbeat.toNanos()) {
                events.append(": heartbeat ").append(Instant.now()).append("\n\n");
                write(out, events);
                lastWrite = System.nanoTime();
            }
        }
    }

    private static void appendEvent(StringBuilder events, String name, String id, String data) {
        // JSON from Jackson has no raw newlines: one data line per event.
        events.append("event: ").append(name).append('\n')
                .append("id: ").append(id).append('\n')
                .append("data: ").append(data).append("\n\n");
    }

    private static void write(OutputStream out, StringBuilder events) throws IOException {
        out.write(events.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        events.setLength(0);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void close() {
        closed = true;
        open.forEach(KafkaConsumer::wakeup);
    }
}
