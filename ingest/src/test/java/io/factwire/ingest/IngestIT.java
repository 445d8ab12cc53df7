package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factwire.avro.Article;
import io.factwire.ingest.input.ArticleReader;
import io.factwire.ingest.input.ParsedArticle;
import io.factwire.ingest.input.Rejection;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest command against a real KRaft broker and a real Apicurio registry. */
@RealStack
class IngestIT {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theSeedsReadBackFieldByField(StackEndpoints stack) throws Exception {
        Path seeds = shared().resolve("seeds");

        assertPublishedIntact(stack, "ingest-it-seeds", seeds, 5);
    }

    @Test
    void theEcbPlusCorpusReadsBackFieldByField(StackEndpoints stack) throws Exception {
        Path corpus = shared().resolve("corpus/ecbplus-dev.jsonl");

        assertPublishedIntact(stack, "ingest-it-ecbplus", corpus, 857);
    }

    @Test
    void publicationOrderAndRepeatsOnOnePartition(StackEndpoints stack) throws Exception {
        Path input = Files.writeString(dir.resolve("dated.jsonl"), """
                {"id": "late", "published": "2022-01-09", "body": "Late."}
                {"id": "undated", "body": "No date."}
                {"id": "early", "published": "2022-01-02T08:00:00Z", "body": "Early."}
                """);

        int exit = ingest(stack, "--topic", "ingest-it-order", "--partitions", "1", "--order", "published",
                "--repeat", "2", "--id-suffix", "#", input.toString());

        assertThat(exit).as(err()).isZero();
        assertThat(readAll(stack, "ingest-it-order", 6)).extracting(ConsumerRecord::key)
                .containsExactly("early", "late", "undated", "early#1", "late#1", "undated#1");
    }

    @Test
    void articlesTheBrokerRefusesAreReportedByIdAndExitTwo(StackEndpoints stack) throws Exception {
        // A topic that takes no record bigger than 64 bytes: the broker refuses every article.
        String topic = "ingest-it-refused";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "64")))).all().get();
        }
        Path input = Files.writeString(dir.resolve("three.jsonl"), """
                {"id": "n1", "body": "One article that is longer than the topic allows."}
                {"id": "n2", "body": "Two."}
                {"id": "n3", "body": "Three."}
                """);

        int exit = ingest(stack, "--topic", topic, "--timeout", "10s", input.toString());

        assertThat(exit).as(err()).isEqualTo(IngestCommand.EXIT_NOT_SENT);
        assertThat(err()).contains("ingest: published 0 of 3 articles",
                "ingest: FAILED: 3 articles were NOT published (RecordTooLargeException");
        assertThat(err().substring(err().indexOf("ids: "))).contains("n1", "n2", "n3");
    }

    private void assertPublishedIntact(StackEndpoints stack, String topic, Path input, int count) throws Exception {
        List<Rejection> rejections = new ArrayList<>();
        List<ParsedArticle> expected;
        try (var articles = new ArticleReader().read(List.of(input.toString()), rejections::add)) {
            expected = articles.toList();
        }
        assertThat(rejections).isEmpty();
        assertThat(expected).hasSize(count);
        Instant before = Instant.now().minusSeconds(1);

        int exit = ingest(stack, "--topic", topic, input.toString());

        assertThat(exit).as(err()).isZero();
        assertThat(err()).contains("ingest: published " + Progress.count(count) + " of " + Progress.count(count));
        List<ConsumerRecord<String, Article>> records = readAll(stack, topic, count);
        Map<String, ParsedArticle> byId = expected.stream()
                .collect(Collectors.toMap(ParsedArticle::id, Function.identity()));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(byId.keySet());
        Instant after = Instant.now();
        for (ConsumerRecord<String, Article> record : records) {
            assertIntact(record, byId.get(record.key()), before, after.plusMillis(count));
        }
        // Ingest times strictly increase in the order the input was read: the processor decides in that order.
        Map<String, Instant> ingested = records.stream().collect(Collectors.toMap(ConsumerRecord::key,
                record -> record.value().getIngested()));
        List<Instant> inReadOrder = expected.stream().map(article -> ingested.get(article.id())).toList();
        assertThat(inReadOrder).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
        assertConfluentWireFormat(stack, topic);
    }

    /** {@code latest}: a burst is stamped up to one millisecond per article ahead of the wall clock. */
    private static void assertIntact(ConsumerRecord<String, Article> record, ParsedArticle read, Instant before,
                                     Instant latest) {
        Article value = record.value();
        String id = read.id();
        assertThat(value.getId()).as(id).isEqualTo(id);
        assertThat(value.getTitle()).as(id).isEqualTo(read.title());
        assertThat(value.getPublished()).as(id).isEqualTo(read.published());
        assertThat(value.getBody()).as(id).isEqualTo(read.body());
        assertThat(value.getUrl()).as(id).isEqualTo(read.url());
        assertThat(value.getOutlet()).as(id).isEqualTo(read.outlet());
        assertThat(value.getSource()).as(id).isEqualTo(read.position().toString());
        assertThat(value.getHtmlStripped()).as(id).isEqualTo(read.htmlStripped());
        assertThat(value.getExtra()).as(id).isEqualTo(read.extra());
        assertThat(value.getEvent()).as(id).isNull();
        assertThat(value.getIngested()).as(id).isAfter(before).isBefore(latest);
        long expectedTimestamp = (read.published() != null ? read.published() : value.getIngested()).toEpochMilli();
        assertThat(record.timestamp()).as(id).isEqualTo(expectedTimestamp);
        assertThat(header(record, ArticlePublisher.SOURCE_HEADER)).as(id).isEqualTo(value.getSource());
        assertThat(header(record, Topics.INGESTED_HEADER)).as(id).isEqualTo(value.getIngested().toString());
    }

    /** Magic byte 0, then a 4-byte schema id that the registry resolves to the Article schema. */
    private static void assertConfluentWireFormat(StackEndpoints stack, String topic) {
        List<ConsumerRecord<String, byte[]>> raw = read(stack, topic, 1, new ByteArrayDeserializer());
        ByteBuffer bytes = ByteBuffer.wrap(raw.getFirst().value());
        assertThat(bytes.get()).isZero();
        int schemaId = bytes.getInt();
        try (Topics topics = new Topics(SerdeConfig.forRegistry(stack.registryUrl()))) {
            assertThat(topics.registry().getById(schemaId)).isEqualTo(Article.getClassSchema());
        }
    }

    private int ingest(StackEndpoints stack, String... args) {
        IngestCommand command = new IngestCommand(new ByteArrayInputStream(new byte[0]),
                new PrintStream(err, true, StandardCharsets.UTF_8), false)
                .withDefaults(stack.bootstrapServers(), stack.registryUrl());
        return new CommandLine(command).execute(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, Article>> readAll(StackEndpoints stack, String topic, int count) {
        try (Topics topics = new Topics(SerdeConfig.forRegistry(stack.registryUrl()))) {
            return read(stack, topic, count, topics.articles().valueSerde().deserializer());
        }
    }

    /** Exactly {@code count} records from the start of every partition, partition by partition in offset order. */
    private static <V> List<ConsumerRecord<String, V>> read(StackEndpoints stack, String topic, int count,
                                                            Deserializer<V> values) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long available = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            assertThat(available).as("records in " + topic).isGreaterThanOrEqualTo(count);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (records.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            if (count > 1) {
                assertThat(available).as("records in " + topic).isEqualTo(count);
            }
            return records.subList(0, Math.min(count, records.size()));
        }
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Path shared() {
        Path shared = Path.of(System.getProperty("factwire.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("seeds"))
                        && Files.isRegularFile(shared.resolve("corpus/ecbplus-dev.jsonl")),
                "shared data not found at " + shared.toAbsolutePath() + " (set -Dfactwire.shared): skipped");
        return shared;
    }
}
