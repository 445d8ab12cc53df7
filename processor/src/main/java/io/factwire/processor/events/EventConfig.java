package io.factwire.processor.events;

import io.factwire.processor.config.ConfigValues;
import io.factwire.schemas.Durations;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the event stage.
 *
 * @param threshold   similarity an article needs to join an existing event; below it, it starts a new one
 * @param matchWindow how far apart (publication time) an article and an event may be and still match
 * @param retention   how long an event stays open after its last article (ingest time); then it is forgotten
 * @param maxEventsPerKey open events a blocking key remembers (newest first): bounds the candidates per article
 * @param mergeThreshold  similarity of two events' centroids above which they are one event and merge
 */
public record EventConfig(double threshold, Duration matchWindow, Duration retention, int maxEventsPerKey,
                          double mergeThreshold) {

    public static final String THRESHOLD = "factwire.events.threshold";
    public static final String MATCH_WINDOW = "factwire.events.match-window";
    public static final String RETENTION = "factwire.events.retention";
    public static final String MAX_EVENTS_PER_KEY = "factwire.events.max-events-per-key";
    public static final String MERGE_THRESHOLD = "factwire.events.merge-threshold";

    public static final double DEFAULT_THRESHOLD = 0.3;
    public static final Duration DEFAULT_MATCH_WINDOW = Duration.ofDays(180);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    /** Keys of whole days that the durations above replaced: refused, naming the key to write instead. */
    private static final Map<String, String> REPLACED = Map.of("factwire.events.match-window.days", MATCH_WINDOW,
            "factwire.events.retention.days", RETENTION);
    public static final int DEFAULT_MAX_EVENTS_PER_KEY = 64;
    public static final double DEFAULT_MERGE_THRESHOLD = 0.5;

    public EventConfig {
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException(THRESHOLD + " must be in (0, 1), was " + threshold);
        if (matchWindow.isNegative() || matchWindow.isZero()) {
            throw new IllegalArgumentException(MATCH_WINDOW + " must be positive, was " + matchWindow);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException(RETENTION + " must be positive, was " + retention);
        }
        if (maxEventsPerKey < 1) {
            throw new IllegalArgumentException(MAX_EVENTS_PER_KEY + " must be at least 1, was " + maxEventsPerKey);
        }
        // At or below the join threshold, a merge would undo what the join step just kept apart.
        if (!(mergeThreshold > threshold && mergeThreshold <= 1)) {
            throw new IllegalArgumentException(MERGE_THRESHOLD + " must be in (" + THRESHOLD + " = " + threshold
                    + ", 1], was " + mergeThreshold);
        }
    }

    public static EventConfig defaults() {
        return from(Map.of());
    }

    /** Reads the {@code factwire.events.*} keys, defaults for the missing ones. */
    public static EventConfig from(Map<String, ?> config) {
        REPLACED.forEach((old, replacement) -> {
            if (config != null && config.containsKey(old)) {
                throw new IllegalArgumentException(old + " is no longer read: write " + replacement + " as a duration ("
                        + Durations.SYNTAX + "), e.g. " + replacement + "=" + config.get(old) + "d");
            }
        });
        ConfigValues values = new ConfigValues(config);
        return new EventConfig(
                values.number(THRESHOLD, DEFAULT_THRESHOLD),
                values.duration(MATCH_WINDOW, DEFAULT_MATCH_WINDOW),
                values.duration(RETENTION, DEFAULT_RETENTION),
                values.wholeNumber(MAX_EVENTS_PER_KEY, DEFAULT_MAX_EVENTS_PER_KEY),
                values.number(MERGE_THRESHOLD, DEFAULT_MERGE_THRESHOLD));
    }

    public EventConfig withThreshold(double value) {
        return new EventConfig(value, matchWindow, retention, maxEventsPerKey, mergeThreshold);
    }
}
