package io.factwire.processor.events;

import io.factwire.processor.dedup.StageProperties;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the event stage.
 *
 * @param retention      an event no article has joined for this long (event time) is closed and forgotten
 * @param window         articles further apart in time than this never share an event
 * @param similarity     minimum cosine between an article's terms and an event's terms to join it
 * @param termsPerArticle weighted terms kept per article (its feature record stays small)
 * @param termsPerEvent  weighted terms kept per event
 * @param blockingKeys   an article's strongest terms used to look up candidate events
 * @param eventsPerKey   most recent events remembered under one blocking key
 */
public record EventConfig(Duration retention, Duration window, double similarity, int termsPerArticle,
                          int termsPerEvent, int blockingKeys, int eventsPerKey) {

    public static final String PREFIX = "factwire.events.";
    public static final EventConfig DEFAULTS =
            new EventConfig(Duration.ofDays(30), Duration.ofDays(14), 0.2, 48, 160, 8, 32);

    /** Reads {@code factwire.events.*} keys (retention, window, similarity, terms-per-article, terms-per-event,
     * blocking-keys, events-per-key); absent keys keep their defaults. */
    public static EventConfig from(Map<String, ?> props) {
        StageProperties p = new StageProperties(props);
        EventConfig d = DEFAULTS;
        return new EventConfig(
                p.duration(PREFIX + "retention", d.retention),
                p.duration(PREFIX + "window", d.window),
                p.fraction(PREFIX + "similarity", d.similarity),
                p.positiveInt(PREFIX + "terms-per-article", d.termsPerArticle),
                p.positiveInt(PREFIX + "terms-per-event", d.termsPerEvent),
                p.positiveInt(PREFIX + "blocking-keys", d.blockingKeys),
                p.positiveInt(PREFIX + "events-per-key", d.eventsPerKey));
    }
}
