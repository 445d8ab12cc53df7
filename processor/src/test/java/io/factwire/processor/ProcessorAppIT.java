package io.factwire.processor;

import static io.factwire.processor.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.DeadLetter;
import io.factwire.avro.FactUpdate;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor app on a real KRaft broker and Apicurio registry: 6 partitions, 2 stream threads, exactly-once. */
@RealStack
class ProcessorAppIT {

    @TempDir
    Path stateDir;

    /** Reads "N civilians killed": the extractor's quality is tested elsewhere; here the plumbing is. */
    static List<Claim> toyReader(Article article) {
        if (article.getBody().contains("explode")) throw new IllegalStateException("cannot read " + article.getId());
        String[] words = article.getBody().split(" ");
        return List.of(Claim.newBuilder()
                .setArticle(article.getId()).setEvent(article.getEvent()).setOutlet(article.getOutlet())
                .setPublished(article.getPublished()).setOutcome(Outcome.killed).setCount(Long.parseLong(words[0]))
                .setQualifier(Qualifier.exact).setGroup(VictimGroup.civilians).setText(article.getBody())
                .setStart(0).setEnd(article.getBody().length()).build());
    }

    @Test
    void badBytesAndAThrowingArticleBecomeDeadLettersAndTheAppKeepsRunning(StackEndpoints stack) throws Exception {
        try (PipelineRun run = PipelineRun.start(stack, stateDir,
                config -> FactwireTopology.buildTopology(config, ProcessorAppIT::toyReader))) {
            run.publishRaw(Topics.ARTICLES, "junk", "definitely not avro".getBytes(StandardCharsets.UTF_8));
            run.publish(List.of(article("boom", "this will explode"), article("a1", "4 civilians killed")));
            run.awaitIdle();

            List<DeadLetter> letters = readAll(stack, run.topics().deadLetters());
            assertThat(letters).extracting(DeadLetter::getStage).containsExactlyInAnyOrder("deserialization", "claims");
            DeadLetter unreadable = letters.stream().filter(l -> l.getStage().equals("deserialization")).findFirst().orElseThrow();
            assertThat(unreadable.getTopic()).isEqualTo(Topics.ARTICLES);
            assertThat(StandardCharsets.UTF_8.decode(unreadable.getValue()).toString()).isEqualTo("definitely not avro");
            assertThat(letters).filteredOn(l -> l.getStage().equals("claims")).first()
                    .satisfies(letter -> assertThat(letter.getReason()).contains("cannot read boom"));

            assertThat(run.app().state()).isEqualTo(KafkaStreams.State.RUNNING);
            JsonNode facts = run.snapshot().get("facts");
            assertThat(facts).anySatisfy(fact -> {
                assertThat(fact.get("group").asText()).isEqualTo("civilians");
                assertThat(fact.get("best").asLong()).isEqualTo(4);
            });
        }
    }

    @Test
    void aNewArticleReachesTheLiveFeedInUnderASecond(StackEndpoints stack) throws Exception {
        try (PipelineRun run = PipelineRun.start(stack, stateDir,
                config -> FactwireTopology.buildTopology(config, ProcessorAppIT::toyReader))) {
            run.publish(List.of(article("warm-up", "1 civilians killed")));
            run.awaitIdle();
            Topic<String, FactUpdate> feed = run.topics().factUpdates();
            try (KafkaConsumer<String, FactUpdate> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                    feed.keySerde().deserializer(), feed.valueSerde().deserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(feed.name()).stream()
                        .map(info -> new TopicPartition(feed.name(), info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);

                long sent = System.nanoTime();
                run.publish(List.of(article("live", "7 civilians killed")));
                long latencyMs = -1;
                while (latencyMs < 0 && System.nanoTime() - sent < Duration.ofSeconds(30).toNanos()) {
                    for (ConsumerRecord<String, FactUpdate> update : consumer.poll(Duration.ofMillis(20))) {
                        if (update.value().getCause().equals("live")) latencyMs = (System.nanoTime() - sent) / 1_000_000;
                    }
                }
                System.out.printf("article -> fact-updates (exactly-once, commit.interval.ms=%s): %d ms%n",
                        run.config().get("commit.interval.ms"), latencyMs);
                assertThat(latencyMs).as("latency until the fact update is readable").isBetween(0L, 5_000L);
            }
        }
    }

    static <V> List<V> readAll(StackEndpoints stack, Topic<String, V> topic) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            List<V> values = new ArrayList<>();
            long idleSince = System.nanoTime();
            while (System.nanoTime() - idleSince < Duration.ofSeconds(3).toNanos()) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                    idleSince = System.nanoTime();
                }
            }
            return values;
        }
    }
}
