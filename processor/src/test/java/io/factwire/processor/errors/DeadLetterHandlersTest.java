package io.factwire.processor.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.DeadLetter;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.TestDrivers;
import io.factwire.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterHandlersTest {

    @TempDir
    Path stateDir;

    private ProcessorConfig config;

    /** One registry scope per test: the dead letters are decoded against the schemas the handler registered. */
    private ProcessorConfig config() {
        if (config == null) config = TestDrivers.config(stateDir);
        return config;
    }

    private DeadLetter decode(ProducerRecord<byte[], byte[]> record) {
        return new Topics(config().asMap()).deadLetters().valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    private static ErrorHandlerContext context(String node) {
        return new ErrorHandlerContext() {
            public String topic() { return "articles-unique"; }
            public int partition() { return 3; }
            public long offset() { return 42; }
            public Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return node; }
            public TaskId taskId() { return new TaskId(0, 3); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return "k".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return "v".getBytes(StandardCharsets.UTF_8); }
        };
    }

    @Test
    void anUnreadableRecordIsResumedWithADeadLetterNamingWhereItCameFrom() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(config().asMap());
        ConsumerRecord<byte[], byte[]> bad = new ConsumerRecord<>("articles", 2, 17, "id".getBytes(), new byte[] {1, 2, 3});

        DeserializationExceptionHandler.Response response =
                handler.handleError(context("articles-source"), bad, new SerializationException("unknown magic byte"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> record = response.deadLetterQueueRecords().getFirst();
        assertThat(record.topic()).isEqualTo(Topics.DEAD_LETTERS);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("articles-2@17");
        DeadLetter letter = decode(record);
        assertThat(letter.getTopic()).isEqualTo("articles");
        assertThat(letter.getPartition()).isEqualTo(2);
        assertThat(letter.getOffset()).isEqualTo(17);
        assertThat(letter.getStage()).isEqualTo("deserialization");
        assertThat(letter.getReason()).contains("unknown magic byte");
        assertThat(letter.getValue().array()).containsExactly(1, 2, 3);
    }

    @Test
    void theStageComesFromTheProcessorName() {
        assertThat(DeadLetters.stageOf("claims-extract")).isEqualTo("claims");
        assertThat(DeadLetters.stageOf("facts-compute")).isEqualTo("facts");
        assertThat(DeadLetters.stageOf("mystery")).isEqualTo("mystery");
    }

    @Test
    void outputThatCanNeverBeWrittenIsADeadLetterTransientErrorsAreRetried() {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(config().asMap());
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("facts", new byte[0], new byte[0]);

        ProductionExceptionHandler.Response tooLarge =
                handler.handleError(context("facts-sink"), output, new RecordTooLargeException("2 MB"));
        assertThat(tooLarge.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(decode(tooLarge.deadLetterQueueRecords().getFirst()).getStage()).isEqualTo("production");

        assertThat(handler.handleError(context("facts-sink"), output, new TimeoutException("slow")).result())
                .isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    @Test
    void theDeadLetterTopicIsTheConfiguredOne() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(config().with("errors.dead.letter.queue.topic.name", "my-dlq").asMap());

        var response = handler.handleError(context("x"), new ConsumerRecord<>("articles", 0, 0, null, null),
                new SerializationException("bad"));
        assertThat(response.deadLetterQueueRecords().getFirst().topic()).isEqualTo("my-dlq");
    }
}
