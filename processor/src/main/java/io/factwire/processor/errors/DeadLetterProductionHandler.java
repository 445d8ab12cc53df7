package io.factwire.processor.errors;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Output that can never be written (it does not serialize, or it is larger than the broker accepts) becomes a
 * dead letter (stage {@code production}) instead of killing the thread again on every retry; transient errors
 * are retried and anything else fails the thread, which the uncaught exception handler replaces.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (record.topic().equals(deadLetters.topic())) return deadLetterFailed(context, exception);
        if (exception instanceof RecordTooLargeException) return deadLetter(context, record.topic(), exception);
        if (exception instanceof RetriableException) return Response.retry();
        return Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        if (deadLetters.topic().equals(record.topic())) return deadLetterFailed(context, exception);
        return deadLetter(context, record.topic(), exception);
    }

    /**
     * A dead letter that cannot be written is not sent to dead letters again: that recursed on the same failure
     * for ever. A transient error is retried; anything else is logged as an error (the record at its origin is
     * named) and skipped, so the pipeline goes on. Dead letters are capped in size, so this should not happen.
     */
    private Response deadLetterFailed(ErrorHandlerContext context, Exception exception) {
        if (exception instanceof RetriableException) return Response.retry();
        LOG.error("The dead letter for {}-{}@{} cannot be written to {}; it is skipped: {}", context.topic(),
                context.partition(), context.offset(), deadLetters.topic(), DeadLetters.reason(exception));
        return Response.resume();
    }

    private Response deadLetter(ErrorHandlerContext context, String outputTopic, Exception exception) {
        LOG.warn("Output to {} from {}-{}@{} cannot be written; sent to {}: {}", outputTopic, context.topic(),
                context.partition(), context.offset(), deadLetters.topic(), DeadLetters.reason(exception));
        return Response.resume(deadLetters.of("production", context, exception));
    }
}
