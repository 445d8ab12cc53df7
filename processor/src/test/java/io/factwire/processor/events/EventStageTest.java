package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.Event;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.TestDrivers;
import io.factwire.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStageTest {

    private record WithFeatures(Article article, EventFeatures features) implements Featured {}

    private static final String OUT = "test-with-events";
    private static final String MOVES = "test-moves";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private Topology topology;
    private TestInputTopic<String, Article> unique;
    private TestOutputTopic<String, Article> withEvents;
    private TestOutputTopic<String, Event> events;
    private TestOutputTopic<String, String> moves;

    @BeforeEach
    void start() {
        ProcessorConfig config = TestDrivers.config(stateDir)
                .with(Map.of(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true"));
        Topics topics = new Topics(config.asMap());
        StreamsBuilder builder = new StreamsBuilder();
        FeatureExtractor extractor = new FeatureExtractor();
        KStream<String, Assigned<WithFeatures>> assigned = EventStage.assign(builder.stream(Topics.ARTICLES,
                        Consumed.with(Serdes.String(), topics.articles().valueSerde()).withName("test-source"))
                        .mapValues(article -> new WithFeatures(article, extractor.extract(article)), Named.as("test-extract")),
                topics, EventConfig.from(config.asMap()));
        assigned.mapValues(a -> Article.newBuilder(a.item().article()).setEvent(a.assignment().event().id()).build(),
                        Named.as("test-in-event"))
                .to(OUT, Produced.with(Serdes.String(), topics.articlesUnique().valueSerde()).withName("test-sink"));
        assigned.flatMap((id, a) -> a.assignment().moved().stream()
                                .map(moved -> KeyValue.pair(moved, a.assignment().event().id())).toList(),
                        Named.as("test-move-event"))
                .to(MOVES, Produced.with(Serdes.String(), Serdes.String()).withName("test-moves-sink"));
        Properties properties = config.streamsProperties();
        topology = builder.build(properties);
        driver = new TopologyTestDriver(topology, properties);
        unique = driver.createInputTopic(Topics.ARTICLES, Serdes.String().serializer(), topics.articles().valueSerde().serializer());
        withEvents = driver.createOutputTopic(OUT, Serdes.String().deserializer(), topics.articlesUnique().valueSerde().deserializer());
        moves = driver.createOutputTopic(MOVES, Serdes.String().deserializer(), Serdes.String().deserializer());
        events = driver.createOutputTopic(Topics.EVENTS, Serdes.String().deserializer(), topics.events().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static Article article(String id, String title, String body, String published) {
        return Article.newBuilder()
                .setId(id).setUrl(null).setOutlet("outlet").setTitle(title).setBody(body)
                .setPublished(published == null ? null : Instant.parse(published + "T08:00:00Z"))
                .setIngested(Instant.parse("2024-06-01T00:00:00Z"))
                .setSource(null).setHtmlStripped(false).setEvent(null).setExtra(Map.of())
                .build();
    }

    /** As ingest publishes: record time is the publication time when known, else the ingest time. */
    private void send(Article article) {
        Instant time = article.getPublished() != null ? article.getPublished() : article.getIngested();
        unique.pipeInput(article.getId(), article, time);
    }

    @Test
    void articlesGetEventIdsAndEventsAreWrittenOnEveryChange() {
        send(article("a1", "Flooding in Lower Brenvale",
                "The river Marrow burst its banks in Lower Brenvale on Sunday, and the Brenvale council opened shelters.",
                "2024-05-12"));
        send(article("a2", "Brenvale shelters fill up",
                "Shelters in Lower Brenvale filled after the Marrow flooded the old town, the Brenvale council said.",
                "2024-05-13"));

        var articles = withEvents.readKeyValuesToMap();
        assertThat(articles).containsOnlyKeys("a1", "a2");
        assertThat(articles.get("a1").getEvent()).isNotBlank().isEqualTo(articles.get("a2").getEvent());
        var updates = events.readKeyValuesToList();
        assertThat(updates).hasSize(2);
        Event latest = updates.getLast().value;
        assertThat(updates.getLast().key).isEqualTo(latest.getId()).isEqualTo(articles.get("a1").getEvent());
        assertThat(latest.getArticles()).containsExactly("a1", "a2");
        assertThat(latest.getLabel()).contains("May 2024");
        assertThat(latest.getFirstSeen()).isEqualTo(Instant.parse("2024-05-12T08:00:00Z"));
        assertThat(latest.getLastSeen()).isEqualTo(Instant.parse("2024-05-13T08:00:00Z"));
    }

    @Test
    void anUndatedArticleWhoseRecordTimeIsItsIngestTimeStillJoinsItsEvent() {
        send(article("a1", "Flooding in Lower Brenvale",
                "The river Marrow burst its banks in Lower Brenvale, and the Brenvale council opened shelters.",
                "2008-05-12"));
        // Same replay, so the same ingest time; but this record's time is 2024, the other's 2008.
        send(article("a2", null,
                "Shelters in Lower Brenvale filled after the Marrow flooded the old town, the Brenvale council said.",
                null));
        var articles = withEvents.readKeyValuesToMap();
        assertThat(articles.get("a2").getEvent()).isEqualTo(articles.get("a1").getEvent());
    }

    @Test
    void anEventMergedIntoAnotherIsDeletedAndItsArticlesMoveToTheSurvivor() {
        send(article("a1", null, "Crews drove to Pellow, Quorn, Rilla and Sarn.", "2024-05-12"));
        send(article("a2", null, "Crews drove to Sarn, Tolb, Ucker and Vell.", "2024-05-12"));
        send(article("a3", null, "Crews drove to Quorn, Rilla, Sarn, Tolb and Ucker.", "2024-05-12"));

        var articles = withEvents.readKeyValuesToMap();
        String survivor = articles.get("a3").getEvent();
        assertThat(articles.get("a1").getEvent()).isNotEqualTo(articles.get("a2").getEvent());
        String absorbed = survivor.equals(articles.get("a1").getEvent())
                ? articles.get("a2").getEvent() : articles.get("a1").getEvent();
        // An article already assigned is not assigned again: its move names the survivor, and the events topic lists it.
        String movedArticle = absorbed.equals(articles.get("a1").getEvent()) ? "a1" : "a2";
        assertThat(moves.readKeyValuesToMap()).containsExactly(Map.entry(movedArticle, survivor));
        var updates = events.readKeyValuesToList();
        assertThat(updates).hasSize(4);
        assertThat(updates.get(2).key).isEqualTo(survivor);
        assertThat(updates.get(2).value.getArticles()).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(updates.get(3).key).isEqualTo(absorbed);
        assertThat(updates.get(3).value).isNull();
    }

    @Test
    void everyProcessorStoreAndTopicIsNamedByTheStage() {
        String description = topology.describe().toString();
        assertThat(description).contains(EventStage.ASSIGN, StateStoreEvents.STORE, "events-sink");
        assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
    }
}
