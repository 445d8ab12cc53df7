package io.factwire.processor.errors;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor throws on becomes a dead letter under the stage the processor belongs to (its name
 * prefix: dedup, events, claims, facts), with the raw bytes of the source record that led to it, or, when Kafka
 * Streams no longer has them, the failing record as text.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String stage = exception instanceof RefusedRecord refused && refused.stage() != null ? refused.stage()
                : DeadLetters.stageOf(context.processorNodeId());
        LOG.warn("Processor {} failed on {}-{}@{} (key {}); sent to {}: {}", context.processorNodeId(), context.topic(),
                context.partition(), context.offset(), record.key(), deadLetters.topic(), DeadLetters.reason(exception));
        byte[] key = context.sourceRawKey();
        byte[] value = context.sourceRawValue();
        if (key == null && value == null) {
            // Kafka Streams keeps the source bytes only until the first forward; past that, the record in flight
            // is kept instead, as text (an Avro record's JSON), which tells an operator more than nothing.
            key = DeadLetters.asText(record.key());
            value = DeadLetters.asText(record.value());
        }
        return Response.resume(deadLetters.of(stage, context.topic(), context.partition(), context.offset(), key, value,
                exception));
    }
}
