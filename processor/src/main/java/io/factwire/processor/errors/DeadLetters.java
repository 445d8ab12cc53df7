package io.factwire.processor.errors;

import io.factwire.avro.DeadLetter;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds factwire's {@link DeadLetter} records for the exception handlers. Kafka Streams' built-in dead letter
 * (KIP-1034) carries the raw record with the error in headers; factwire writes its own Avro record instead so a
 * consumer of {@code dead-letters} reads the reason, origin and stage from the value, with the same schema and
 * registry as every other topic. The topic is the one set in {@value StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}.
 */
final class DeadLetters {

    /** Processor names start with their stage; a failure is reported under that stage. */
    private static final Set<String> STAGES = Set.of("intake", "dedup", "events", "claims", "facts");
    /**
     * What a dead letter keeps of the raw key and value: enough to identify and inspect the record, never so much
     * that the dead letter itself is too large to write (a 5 MB value copied whole failed the same way as the
     * record it reported). The origin (topic, partition, offset) finds the whole record.
     */
    static final int MAX_RAW_KEY_BYTES = 1024;
    static final int MAX_RAW_VALUE_BYTES = 64 * 1024;
    static final int MAX_REASON_CHARS = 4000;

    private final String topic;
    private final Serializer<String> keySerializer;
    private final Serializer<DeadLetter> valueSerializer;

    private DeadLetters(String topic, Serializer<String> keySerializer, Serializer<DeadLetter> valueSerializer) {
        this.topic = topic;
        this.keySerializer = keySerializer;
        this.valueSerializer = valueSerializer;
    }

    /** From the handler's configuration: the whole Streams config, registry settings included. */
    static DeadLetters from(Map<String, ?> configs) {
        Object configured = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        String topic = configured == null || configured.toString().isBlank() ? Topics.DEAD_LETTERS : configured.toString();
        Topic<String, DeadLetter> deadLetters = new Topics(configs).deadLetters();
        return new DeadLetters(topic, deadLetters.keySerde().serializer(), deadLetters.valueSerde().serializer());
    }

    /** The stage a processor belongs to, from its name. */
    static String stageOf(String processorNodeId) {
        if (processorNodeId == null) return "unknown";
        int dash = processorNodeId.indexOf('-');
        String prefix = dash < 0 ? processorNodeId : processorNodeId.substring(0, dash);
        return STAGES.contains(prefix) ? prefix : processorNodeId;
    }

    /** One dead letter, keyed {@code topic-partition@offset} so a re-delivery of the same record lands on one key. */
    List<ProducerRecord<byte[], byte[]>> of(String stage, String sourceTopic, int partition, long offset,
                                             byte[] rawKey, byte[] rawValue, Exception exception) {
        String reason = exception instanceof RefusedRecord ? exception.getMessage() : reason(exception);
        if (rawKey != null && rawKey.length > MAX_RAW_KEY_BYTES) {
            reason += " (key cut to " + MAX_RAW_KEY_BYTES + " of " + rawKey.length + " bytes)";
        }
        if (rawValue != null && rawValue.length > MAX_RAW_VALUE_BYTES) {
            reason += " (value cut to " + MAX_RAW_VALUE_BYTES + " of " + rawValue.length + " bytes)";
        }
        DeadLetter letter = DeadLetter.newBuilder()
                .setTopic(sourceTopic == null ? "unknown" : sourceTopic)
                .setPartition(partition)
                .setOffset(offset)
                .setStage(stage)
                .setReason(reason)
                .setException(exception instanceof RefusedRecord refused ? refused.exceptionClass() : exception.getClass().getName())
                .setKey(capped(rawKey, MAX_RAW_KEY_BYTES))
                .setValue(capped(rawValue, MAX_RAW_VALUE_BYTES))
                .setAt(Instant.now())
                .build();
        String key = letter.getTopic() + "-" + partition + "@" + offset;
        return List.of(new ProducerRecord<>(topic, keySerializer.serialize(topic, key), valueSerializer.serialize(topic, letter)));
    }

    List<ProducerRecord<byte[], byte[]>> of(String stage, ErrorHandlerContext context, Exception exception) {
        return of(stage, context.topic(), context.partition(), context.offset(),
                context.sourceRawKey(), context.sourceRawValue(), exception);
    }

    private static ByteBuffer capped(byte[] raw, int max) {
        return raw == null ? null : ByteBuffer.wrap(raw, 0, Math.min(raw.length, max)).slice();
    }

    static byte[] asText(Object keyOrValue) {
        return keyOrValue == null ? null : String.valueOf(keyOrValue).getBytes(StandardCharsets.UTF_8);
    }

    String topic() {
        return topic;
    }

    /** The message of the exception and of each cause, so "why" survives wrapping. */
    static String reason(Throwable exception) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = exception; cause != null && reason.length() < 2000; cause = cause.getCause()) {
            if (!reason.isEmpty()) reason.append(" <- ");
            reason.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) reason.append(": ").append(cause.getMessage());
            if (cause.getCause() == cause) break;
        }
        return reason.length() <= MAX_REASON_CHARS ? reason.toString() : reason.substring(0, MAX_REASON_CHARS) + "...";
    }
}
