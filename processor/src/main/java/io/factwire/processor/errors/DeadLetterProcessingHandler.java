package io.factwire.processor.errors;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor throws on becomes a dead letter under the stage the processor belongs to (its name
 * prefix: dedup, events, claims, facts), with the raw bytes of the source record that led to it.
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
        String stage = DeadLetters.stageOf(context.processorNodeId());
        LOG.warn("Processor {} failed on {}-{}@{} (key {}); sent to {}: {}", context.processorNodeId(), context.topic(),
                context.partition(), context.offset(), record.key(), deadLetters.topic(), DeadLetters.reason(exception));
        return Response.resume(deadLetters.of(stage, context, exception));
    }
}
