package io.factwire.processor;

import static io.factwire.processor.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.Article;
import io.factwire.avro.DeadLetter;
import io.factwire.schemas.Topic;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that are not articles ingest would publish, written to {@code articles} by another producer: each one
 * becomes a dead letter with its reason, and the articles after it are processed. The oversized one is the record
 * that once wedged the pipeline for good (5 MB of text, lz4-compressed under the topic's limit, too large for the
 * repartition topic, and its dead letter as large again).
 */
@RealStack
class PoisonRecordsIT {

    @TempDir
    Path stateDir;

    @Test
    void anOversizedRecordAndOtherPoisonBecomeDeadLettersAndTheArticlesAfterThemAreProcessed(StackEndpoints stack)
            throws Exception {
        try (PipelineRun run = PipelineRun.start(stack, stateDir,
                config -> FactwireTopology.buildTopology(config, ProcessorAppIT::toyReader))) {
            Topic<String, Article> articles = run.topics().articles();
            String fiveMegabytes = "12 civilians killed in the town. ".repeat(5 * 1024 * 1024 / 32);
            List<ProducerRecord<String, Article>> records = new ArrayList<>();
            records.add(new ProducerRecord<>(articles.name(), "huge", article("huge", fiveMegabytes)));
            records.add(new ProducerRecord<>(articles.name(), null, article("keyless", "3 civilians killed")));
            records.add(new ProducerRecord<>(articles.name(), "nothing", null));
            records.add(new ProducerRecord<>(articles.name(), "html", article("html", "<p>5 civilians killed</p>")));
            Article empty = article("empty", " ");
            empty.setTitle(null);
            records.add(new ProducerRecord<>(articles.name(), "empty", empty));
            records.add(new ProducerRecord<>(articles.name(), "other-key", article("not-the-key", "8 civilians killed")));
            for (int i = 0; i < 30; i++) {
                records.add(new ProducerRecord<>(articles.name(), "after-" + i, article("after-" + i, (100 + i) + " civilians killed in place " + i)));
            }
            // Compressed, the 5 MB body fits under the topic's limit: the producer a user might have.
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 << 20,
                    ProducerConfig.BUFFER_MEMORY_CONFIG, 64L << 20),
                    articles.keySerde().serializer(), articles.valueSerde().serializer())) {
                List<Future<?>> sent = new ArrayList<>();
                for (var record : records) sent.add(producer.send(record));
                for (Future<?> ack : sent) ack.get(60, TimeUnit.SECONDS);
            }
            // Latin-1 bytes where Avro expects UTF-8: "Köln" written by a producer that got its encoding wrong.
            byte[] latin1 = articles.valueSerde().serializer().serialize(articles.name(),
                    article("latin1", "6 civilians killed in KQln"));
            for (int i = 0; i < latin1.length; i++) if (latin1[i] == 'Q') latin1[i] = (byte) 0xF6;
            run.publishRaw(articles.name(), "latin1", latin1);
            run.awaitIdle();

            List<DeadLetter> letters = readAll(stack, run.topics().deadLetters());
            assertThat(letters).allSatisfy(letter -> assertThat(letter.getTopic()).isEqualTo(articles.name()));
            assertThat(letters).filteredOn(letter -> letter.getStage().equals("deserialization"))
                    .singleElement().satisfies(letter -> assertThat(letter.getReason()).contains("invalid UTF-8"));
            assertThat(letters).extracting(DeadLetter::getReason).anySatisfy(reason -> assertThat(reason)
                            .startsWith("body over the size limit: body is " + fiveMegabytes.length() + " bytes, over the limit of 1048576 bytes")
                            .contains("value cut to 65536"))
                    .anySatisfy(reason -> assertThat(reason).startsWith("null key: the record key must be the article id (\"keyless\""))
                    .anySatisfy(reason -> assertThat(reason).startsWith("null value: the record holds no article"))
                    .anySatisfy(reason -> assertThat(reason).startsWith("raw HTML: the body holds HTML markup (<p>"))
                    .anySatisfy(reason -> assertThat(reason).isEqualTo("missing body: empty body and no title"))
                    .anySatisfy(reason -> assertThat(reason).startsWith("key is not the article id"))
                    .hasSize(7);
            assertThat(letters).allSatisfy(letter -> assertThat(letter.getValue() == null ? 0 : letter.getValue().remaining())
                    .isLessThanOrEqualTo(64 * 1024));

            assertThat(run.app().state()).isEqualTo(KafkaStreams.State.RUNNING);
            List<String> unique = ProcessorAppIT.readAll(stack, run.topics().articlesUnique()).stream()
                    .map(Article::getId).toList();
            assertThat(unique).containsExactlyInAnyOrderElementsOf(
                    records.subList(6, records.size()).stream().map(ProducerRecord::key).toList());
            JsonNode facts = run.snapshot().get("facts");
            assertThat(facts.size()).as("facts from the articles after the poison").isPositive();
        }
    }

    private static List<DeadLetter> readAll(StackEndpoints stack, Topic<String, DeadLetter> topic) {
        return ProcessorAppIT.readAll(stack, topic);
    }
}
