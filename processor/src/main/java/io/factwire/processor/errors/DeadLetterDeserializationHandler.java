package io.factwire.processor.errors;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record whose key or value cannot be read becomes a dead letter (stage {@code deserialization}); the stream goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("Unreadable record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
                deadLetters.topic(), DeadLetters.reason(exception));
        return Response.resume(deadLetters.of("deserialization", record.topic(), record.partition(), record.offset(),
                record.key(), record.value(), exception));
    }
}
