package io.factwire.processor.events;

import static io.factwire.processor.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.TestDrivers;
import io.factwire.schemas.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gather step alone, with its two halves sent in the orders a broker may deliver them. */
class EventGatherTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<String, String> assigned;
    private TestInputTopic<String, String> moved;
    private TestOutputTopic<String, String> inEvents;
    private TestOutputTopic<String, String> moves;

    @BeforeEach
    void start() {
        ProcessorConfig config = TestDrivers.config(stateDir);
        Topics topics = new Topics(config.asMap());
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Gathered> gathered = builder
                .stream("test-articles", Consumed.with(Serdes.String(), topics.articles().valueSerde()).withName("test-articles"))
                .mapValues(GatherInput::of, Named.as("test-article-half"))
                .merge(idHalves(builder, "test-assigned", false), Named.as("test-assigned-merge"))
                .merge(idHalves(builder, "test-moved", true), Named.as("test-moved-merge"))
                .processValues(EventGather.supplier(), Named.as("test-gather"));
        gathered.flatMapValues(g -> g instanceof Gathered.InEvent in ? List.of(in.article().getEvent()) : List.<String>of(),
                        Named.as("test-in-event"))
                .to("test-in-events", Produced.with(Serdes.String(), Serdes.String()).withName("test-in-events"));
        gathered.flatMapValues(g -> g instanceof Gathered.Moved m ? List.of(m.move().event()) : List.<String>of(),
                        Named.as("test-move"))
                .to("test-moves", Produced.with(Serdes.String(), Serdes.String()).withName("test-moves"));
        driver = new TopologyTestDriver(builder.build(), config.streamsProperties());
        articles = driver.createInputTopic("test-articles", Serdes.String().serializer(), topics.articles().valueSerde().serializer());
        assigned = driver.createInputTopic("test-assigned", Serdes.String().serializer(), Serdes.String().serializer());
        moved = driver.createInputTopic("test-moved", Serdes.String().serializer(), Serdes.String().serializer());
        inEvents = driver.createOutputTopic("test-in-events", Serdes.String().deserializer(), Serdes.String().deserializer());
        moves = driver.createOutputTopic("test-moves", Serdes.String().deserializer(), Serdes.String().deserializer());
    }

    private static KStream<String, GatherInput> idHalves(StreamsBuilder builder, String topic, boolean move) {
        return builder.stream(topic, Consumed.with(Serdes.String(), Serdes.String()).withName(topic))
                .mapValues(id -> GatherInput.of(new AssignedEvent(id, move)), Named.as(topic + "-half"));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void anArticleStillWaitingWhenItsEventIsAbsorbedLeavesWithTheSurvivor() {
        assigned.pipeInput("a1", "event-x");
        moved.pipeInput("a1", "event-y");
        articles.pipeInput("a1", article("a1", "Body of a1."));

        assertThat(inEvents.readKeyValuesToMap()).containsExactly(Map.entry("a1", "event-y"));
        assertThat(moves.isEmpty()).isTrue();
    }

    @Test
    void anArticleAlreadyGatheredIsFollowedByItsMove() {
        articles.pipeInput("a1", article("a1", "Body of a1."));
        assigned.pipeInput("a1", "event-x");
        moved.pipeInput("a1", "event-y");

        assertThat(inEvents.readKeyValuesToMap()).containsExactly(Map.entry("a1", "event-x"));
        assertThat(moves.readKeyValuesToMap()).containsExactly(Map.entry("a1", "event-y"));
    }
}
