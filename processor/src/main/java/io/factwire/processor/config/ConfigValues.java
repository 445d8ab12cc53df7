package io.factwire.processor.config;

import io.factwire.schemas.Durations;
import java.time.Duration;
import java.util.Map;

/**
 * Typed reads of the stage settings ({@code factwire.dedup.*}, {@code factwire.events.*}, {@code factwire.facts.*})
 * from the processor's flat configuration map. Values are text when they come from a properties file, or already
 * typed when a map is built in code; both are read. An absent key gives the fallback; a value that does not read
 * fails with the key and the offending text, and never falls back silently.
 */
public final class ConfigValues {

    private final Map<String, ?> config;

    public ConfigValues(Map<String, ?> config) {
        this.config = config == null ? Map.of() : config;
    }

    public int wholeNumber(String key, int fallback) {
        Object value = config.get(key);
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'", e);
        }
    }

    public double number(String key, double fallback) {
        Object value = config.get(key);
        if (value == null) return fallback;
        if (value instanceof Number number) return number.doubleValue();
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
        }
    }

    public int positiveInt(String key, int fallback) {
        int value = wholeNumber(key, fallback);
        if (value <= 0) throw new IllegalArgumentException(key + " must be > 0, was " + value);
        return value;
    }

    /** {@code true} or {@code false}. */
    public boolean flag(String key, boolean fallback) {
        Object value = config.get(key);
        if (value == null) return fallback;
        if (value instanceof Boolean bool) return bool;
        String text = value.toString().trim();
        if (text.equals("true") || text.equals("false")) return Boolean.parseBoolean(text);
        throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
    }

    /** A number within [0, 1]. */
    public double fraction(String key, double fallback) {
        double value = number(key, fallback);
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(key + " must be within [0, 1], was " + value);
        return value;
    }

    /** A positive duration, written as every option and setting writes one ({@link Durations}: 500ms, 30s, 7d). */
    public Duration duration(String key, Duration fallback) {
        Object value = config.get(key);
        if (value == null) return fallback;
        if (value instanceof Duration duration) return requirePositive(key, duration);
        String text = value.toString().trim();
        Duration duration;
        try {
            duration = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a duration, " + Durations.SYNTAX + "; was '" + text + "'", e);
        }
        return requirePositive(key, duration);
    }

    private static Duration requirePositive(String key, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + duration);
        }
        return duration;
    }
}
