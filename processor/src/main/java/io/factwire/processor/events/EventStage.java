package io.factwire.processor.events;

import io.factwire.avro.Event;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Unique articles to events; see processor/README-events.md for the design. Feature extraction
 * ({@link FeatureExtractor}, the costly part) runs where the article arrives; {@link #assign} takes the records
 * with their features, assigns each to an event in the order they reach it, and writes every change of an event
 * to {@link Topics#events()}.
 */
public final class EventStage {

    public static final String ASSIGN = "events-assign";

    private EventStage() {}

    /**
     * @param featured unique articles' records with their features, keyed by article id
     * @return each record with its assignment (its event, and the articles of the events that event absorbed);
     *     every change of an event is written to {@link Topics#events()}, and an event merged into another is
     *     deleted there (tombstone)
     */
    public static <T extends Featured> KStream<String, Assigned<T>> assign(KStream<String, T> featured, Topics topics,
                                                                           EventConfig config) {
        KStream<String, Assigned<T>> assigned = featured.processValues(EventAssigner.<T>supplier(config), Named.as(ASSIGN));
        Topic<String, Event> events = topics.events();
        assigned.flatMap((articleId, record) -> eventRecords(record.assignment()), Named.as("events-record"))
                .to(events.name(), Produced.with(events.keySerde(), events.valueSerde()).withName("events-sink"));
        return assigned;
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
