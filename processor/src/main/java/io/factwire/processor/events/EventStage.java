package io.factwire.processor.events;

import io.factwire.avro.Article;
import io.factwire.avro.Event;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Unique articles to events; see processor/README-events.md for the design.
 *
 * <pre>
 * unique (by id) -> events-extract --features--> [events-assign, 1 partition] -> events-sequence -> events topic
 *       |                                                                              |
 *       +--------------> [events-articles, P partitions] --+      [events-assigned, P partitions]
 *                                                          v                           v
 *                                                       events-gather  <---------------+ -> articles with event
 * </pre>
 *
 * Feature extraction (the costly part) runs on every input partition; only the small feature records funnel
 * through the single {@value #ASSIGN} partition, where one task sees every open event.
 */
public final class EventStage {

    /** The sequencer's input: one partition, so that one task decides every assignment. */
    public static final String ASSIGN = "events-assign";
    /** Articles on their way to the gather step. */
    public static final String ARTICLES = "events-articles";
    /** Event ids on their way back to their articles. */
    public static final String ASSIGNED = "events-assigned";
    public static final String SEQUENCE = "events-sequence";
    public static final String GATHER = "events-gather";

    private EventStage() {}

    /**
     * @param unique unique articles, keyed by article id
     * @return the same articles with {@code event} set, keyed by article id; every change of an event is written
     *     to {@link Topics#events()}, and an event merged into another is deleted there (tombstone)
     */
    public static KStream<String, Article> apply(KStream<String, Article> unique, Topics topics, EventConfig config) {
        FeatureExtractor extractor = new FeatureExtractor();
        Topic<String, Article> articleTopic = topics.articlesUnique();
        KStream<String, Assignment> assignments = unique
                .mapValues((id, article) -> extractor.extract(article), Named.as("events-extract"))
                .repartition(Repartitioned.<String, EventFeatures>as(ASSIGN)
                        .withNumberOfPartitions(1)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(EventSerdes.FEATURES))
                .process(EventSequencer.supplier(config), Named.as(SEQUENCE));

        Topic<String, Event> events = topics.events();
        assignments
                .flatMap((articleId, assignment) -> eventRecords(assignment), Named.as("events-record"))
                .to(events.name(), Produced.with(events.keySerde(), events.valueSerde()).withName("events-sink"));

        KStream<String, GatherInput> eventIds = assignments
                .mapValues(assignment -> assignment.event().id(), Named.as("events-id"))
                .repartition(Repartitioned.<String, String>as(ASSIGNED)
                        .withNumberOfPartitions(config.partitions())
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.String()))
                .mapValues(GatherInput::of, Named.as("events-gather-id"));
        // Both sides of the gather get the same explicit partition count: that, not the input topic's count,
        // is what puts an article and its event id into the same task.
        KStream<String, GatherInput> articles = unique
                .repartition(Repartitioned.<String, Article>as(ARTICLES)
                        .withNumberOfPartitions(config.partitions())
                        .withKeySerde(articleTopic.keySerde())
                        .withValueSerde(articleTopic.valueSerde()))
                .mapValues(GatherInput::of, Named.as("events-gather-article"));
        return articles
                .merge(eventIds, Named.as("events-gather-inputs"))
                .processValues(EventGather.supplier(), Named.as(GATHER));
    }

    /**
     * The event as it now is and, for each event it absorbed, a tombstone: on the compacted topic the absorbed id
     * disappears, and its articles are listed under the survivor (written in the same transaction).
     */
    static List<KeyValue<String, Event>> eventRecords(Assignment assignment) {
        List<KeyValue<String, Event>> records = new ArrayList<>(1 + assignment.absorbed().size());
        records.add(KeyValue.pair(assignment.event().id(), toEvent(assignment.event())));
        for (String absorbed : assignment.absorbed()) records.add(KeyValue.pair(absorbed, null));
        return records;
    }

    static Event toEvent(EventState state) {
        return Event.newBuilder()
                .setId(state.id())
                .setLabel(EventLabels.label(state))
                .setArticles(state.articles())
                .setFirstSeen(Instant.ofEpochMilli(state.firstSeen()))
                .setLastSeen(Instant.ofEpochMilli(state.lastSeen()))
                .build();
    }
}
