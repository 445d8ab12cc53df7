package io.factwire.processor.events;

import io.factwire.avro.Article;
import io.factwire.avro.Event;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Gives every unique article an event id; see processor/README-dedup-events.md for the design.
 *
 * <pre>
 * unique (by id) -> events-features -> events-sequencer (one partition) -> events-assign --> events topic
 *       |                                                                      |
 *       +--events-articles (by id)--> events-join <--events-assignments (by id)-+
 *                                          |
 *                                          v  articles with event set
 * </pre>
 */
public final class EventStage {
    /** Every feature record carries this key, so the sequencer sees them all, in one order. */
    static final String SEQUENCER_KEY = "events";

    private EventStage() {}

    /**
     * @param unique unique articles keyed by id
     * @return the same articles with {@code event} set; each event change is written to {@link Topics#events()}
     */
    public static KStream<String, Article> apply(KStream<String, Article> unique, Topics topics, EventConfig config) {
        Topic<String, Event> events = topics.events();
        return apply(unique, events.name(), events.keySerde(), events.valueSerde(), config);
    }

    /** As {@link #apply(KStream, Topics, EventConfig)}, with the events topic and its serdes given directly. */
    public static KStream<String, Article> apply(KStream<String, Article> unique, String eventsTopic,
                                                 Serde<String> keySerde, Serde<Event> eventSerde, EventConfig config) {
        KStream<String, Assignment> assignments = unique
                .processValues(() -> new FeatureStep(config), Named.as("events-features"))
                .selectKey((id, features) -> SEQUENCER_KEY, Named.as("events-to-sequencer"))
                .repartition(Repartitioned.<String, EventFeatures>as("events-sequencer")
                        .withKeySerde(Serdes.String()).withValueSerde(EventSerdes.FEATURES))
                .process(EventSequencer.supplier(config), Named.as("events-assign"));

        assignments
                .map((articleId, a) -> KeyValue.pair(a.event().getId(), a.event()), Named.as("events-update"))
                .to(eventsTopic, Produced.with(keySerde, eventSerde).withName("events-sink"));

        KStream<String, String> eventIds = assignments
                .mapValues(a -> a.event().getId(), Named.as("events-assignment"))
                .repartition(Repartitioned.<String, String>as("events-assignments")
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()));

        // The article takes its own hop to the join: joining in the sub-topology that produced it would close a
        // cycle through the sequencer.
        return unique
                .repartition(Repartitioned.<String, Article>as("events-articles")
                        .withKeySerde(Serdes.String()).withValueSerde(EventSerdes.ARTICLE))
                .mapValues(JoinInput::of, Named.as("events-join-article"))
                .merge(eventIds.mapValues(JoinInput::of, Named.as("events-join-assignment")), Named.as("events-join-inputs"))
                .processValues(JoinProcessor.supplier(), Named.as("events-join"));
    }
}
