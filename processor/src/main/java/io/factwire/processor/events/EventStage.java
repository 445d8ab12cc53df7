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
 * unique (by id) -> [events-articles, P partitions] -> events-extract --features--> [events-assign, 1 partition]
 *                                   |                                                      |
 *                                   |                                      events-sequence -> events topic
 *                                   v                                                      v
 *                              events-gather  <-------------- [events-assigned, P partitions]
 *                                   -> articles with event, moves after merges
 * </pre>
 *
 * Feature extraction (the costly part) runs on every partition of {@value #ARTICLES}; only the small feature
 * records funnel through the single {@value #ASSIGN} partition, where one task sees every open event.
 */
public final class EventStage {

    /** The sequencer's input: one partition, so that one task decides every assignment. */
    public static final String ASSIGN = "events-assign";
    /** Unique articles spread over P partitions: to feature extraction and to the gather step. */
    public static final String ARTICLES = "events-articles";
    /** Event ids on their way back to their articles, and the survivor's id for the articles of a merged event. */
    public static final String ASSIGNED = "events-assigned";
    public static final String SEQUENCE = "events-sequence";
    public static final String GATHER = "events-gather";

    private EventStage() {}

    /**
     * @param unique unique articles, keyed by article id
     * @return the same articles with {@code event} set, and the moves of those whose event was later absorbed by
     *     another, keyed by article id; every change of an event is written to {@link Topics#events()}, and an
     *     event merged into another is deleted there (tombstone)
     */
    public static EventStreams apply(KStream<String, Article> unique, Topics topics, EventConfig config) {
        FeatureExtractor extractor = new FeatureExtractor();
        Topic<String, Article> articleTopic = topics.articlesUnique();
        // Dedup hands over its unique articles from its one-partition task: spread them first, so that feature
        // extraction runs on every partition, and the same hop brings each article to its gather task. Both
        // sides of the gather get the same explicit partition count: that, not the input topic's count, is what
        // puts an article and its event id into the same task.
        KStream<String, Article> spread = unique.repartition(Repartitioned.<String, Article>as(ARTICLES)
                .withNumberOfPartitions(config.partitions())
                .withKeySerde(articleTopic.keySerde())
                .withValueSerde(articleTopic.valueSerde()));
        KStream<String, Assignment> assignments = spread
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
                .flatMap((articleId, assignment) -> assignedEvents(assignment), Named.as("events-id"))
                .repartition(Repartitioned.<String, AssignedEvent>as(ASSIGNED)
                        .withNumberOfPartitions(config.partitions())
                        .withKeySerde(Serdes.String())
                        .withValueSerde(EventSerdes.ASSIGNED))
                .mapValues(GatherInput::of, Named.as("events-gather-id"));
        KStream<String, GatherInput> articles = spread.mapValues(GatherInput::of, Named.as("events-gather-article"));
        KStream<String, Gathered> gathered = articles
                .merge(eventIds, Named.as("events-gather-inputs"))
                .processValues(EventGather.supplier(), Named.as(GATHER));
        return new EventStreams(
                gathered.flatMapValues(g -> g instanceof Gathered.InEvent in ? List.of(in.article()) : List.of(),
                        Named.as("events-gathered-articles")),
                gathered.flatMapValues(g -> g instanceof Gathered.Moved moved ? List.of(moved.move()) : List.of(),
                        Named.as("events-gathered-moves")));
    }

    /**
     * The article's own event id and, after a merge, the survivor's id for every earlier article of the absorbed
     * events. Each is keyed by its article, so on {@value #ASSIGNED} a move follows the article's assignment.
     */
    static List<KeyValue<String, AssignedEvent>> assignedEvents(Assignment assignment) {
        String eventId = assignment.event().id();
        List<KeyValue<String, AssignedEvent>> records = new ArrayList<>(1 + assignment.moved().size());
        records.add(KeyValue.pair(assignment.articleId(), AssignedEvent.assigned(eventId)));
        for (String moved : assignment.moved()) records.add(KeyValue.pair(moved, AssignedEvent.moved(eventId)));
        return records;
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
