package io.factwire.processor.events;

import io.factwire.processor.config.ConfigValues;
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
    public static final String MATCH_WINDOW_DAYS = "factwire.events.match-window.days";
    public static final String RETENTION_DAYS = "factwire.events.retention.days";
    public static final String MAX_EVENTS_PER_KEY = "factwire.events.max-events-per-key";
    public static final String MERGE_THRESHOLD = "factwire.events.merge-threshold";

    public static final double DEFAULT_THRESHOLD = 0.3;
    public static final int DEFAULT_MATCH_WINDOW_DAYS = 180;
    public static final int DEFAULT_RETENTION_DAYS = 30;
    public static final int DEFAULT_MAX_EVENTS_PER_KEY = 64;
    public static final double DEFAULT_MERGE_THRESHOLD = 0.5;

    public EventConfig {
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException(THRESHOLD + " must be in (0, 1), was " + threshold);
        if (matchWindow.isNegative() || matchWindow.isZero()) {
            throw new IllegalArgumentException(MATCH_WINDOW_DAYS + " must be positive, was " + matchWindow.toDays());
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException(RETENTION_DAYS + " must be positive, was " + retention.toDays());
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
        ConfigValues values = new ConfigValues(config);
        return new EventConfig(
                values.number(THRESHOLD, DEFAULT_THRESHOLD),
                Duration.ofDays(values.wholeNumber(MATCH_WINDOW_DAYS, DEFAULT_MATCH_WINDOW_DAYS)),
                Duration.ofDays(values.wholeNumber(RETENTION_DAYS, DEFAULT_RETENTION_DAYS)),
                values.wholeNumber(MAX_EVENTS_PER_KEY, DEFAULT_MAX_EVENTS_PER_KEY),
                values.number(MERGE_THRESHOLD, DEFAULT_MERGE_THRESHOLD));
    }

    public EventConfig withThreshold(double value) {
        return new EventConfig(value, matchWindow, retention, maxEventsPerKey, mergeThreshold);
    }
}
