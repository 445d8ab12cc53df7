package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A TopologyTestDriver around the dedup stage, built the way the app builds it: explicit naming enforced,
 * exactly-once, Avro values through a mock registry.
 */
public final class StageDriver implements AutoCloseable {
    public final TopologyTestDriver driver;
    public final TestInputTopic<String, Article> articles;
    public final TestOutputTopic<String, Article> unique;
    public final TestOutputTopic<String, Duplicate> duplicates;
    private final Topics topics;
    private final Topology topology;
    private final Path stateDir;

    static {
        // Kafka Streams logs every record at DEBUG; the stage tests only need warnings.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    private StageDriver(BiFunction<KStream<String, Article>, Topics, KStream<String, Article>> stages) throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stage-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        stateDir = Files.createTempDirectory("stage-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        topics = new Topics(Map.of("schema.registry.url", "mock://" + UUID.randomUUID()));

        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        KStream<String, Article> input = builder.stream(topics.articles().name(),
                Consumed.with(topics.articles().keySerde(), topics.articles().valueSerde()).withName("test-articles"));
        stages.apply(input, topics).to(topics.articlesUnique().name(),
                Produced.with(topics.articlesUnique().keySerde(), topics.articlesUnique().valueSerde())
                        .withName("test-unique-sink"));
        topology = builder.build();
        driver = new TopologyTestDriver(topology, props);
        articles = driver.createInputTopic(topics.articles().name(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
        unique = driver.createOutputTopic(topics.articlesUnique().name(),
                topics.articlesUnique().keySerde().deserializer(), topics.articlesUnique().valueSerde().deserializer());
        duplicates = driver.createOutputTopic(topics.duplicates().name(),
                topics.duplicates().keySerde().deserializer(), topics.duplicates().valueSerde().deserializer());
    }

    public static StageDriver dedup(DedupConfig config) throws Exception {
        // Signing and deciding in one task: the driver runs one task anyway, so the topology's hop changes nothing.
        var signer = DedupStage.signer(config);
        return new StageDriver((in, topics) -> DedupStage.decide(DedupStage.dropResends(in, topics, config)
                        .mapValues(article -> new SignedArticle(article, signer.apply(article)), Named.as("dedup-sign")),
                topics, config).mapValues(SignedArticle::article, Named.as("dedup-article")));
    }

    public String describe() {
        return topology.describe().toString();
    }

    /** Sends an article timestamped as the ingest CLI does: publication time when known, else ingest time. */
    public void send(Article article) {
        Instant timestamp = article.getPublished() != null ? article.getPublished() : article.getIngested();
        articles.pipeInput(article.getId(), article, timestamp);
    }

    public static Article article(String id, String url, String title, String body, Instant published, Instant ingested) {
        return Article.newBuilder().setId(id).setUrl(url).setTitle(title).setBody(body).setPublished(published)
                .setIngested(ingested).build();
    }

    @Override
    public void close() throws Exception {
        driver.close();
        topics.close();
        try (var paths = Files.walk(stateDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
