package io.factwire.processor;

import java.time.Duration;
import java.util.Locale;
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

    /** A number within [0, 1]. */
    public double fraction(String key, double fallback) {
        double value = number(key, fallback);
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(key + " must be within [0, 1], was " + value);
        return value;
    }

    /** A positive duration: ISO-8601 ({@code P7D}, {@code PT36H}), a number and a unit (d, h, m, s), or milliseconds. */
    public Duration duration(String key, Duration fallback) {
        Object value = config.get(key);
        if (value == null) return fallback;
        if (value instanceof Duration duration) return requirePositive(key, duration);
        if (value instanceof Number millis) return requirePositive(key, Duration.ofMillis(millis.longValue()));
        String text = value.toString().trim();
        Duration duration;
        try {
            duration = parseDuration(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a duration (examples: P7D, PT36H, 7d, 36h, 90m,"
                    + " 604800000 for milliseconds), was '" + text + "'", e);
        }
        return requirePositive(key, duration);
    }

    private static Duration parseDuration(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("p")) return Duration.parse(text.toUpperCase(Locale.ROOT));
        if (lower.chars().allMatch(Character::isDigit)) return Duration.ofMillis(Long.parseLong(lower));
        long amount = Long.parseLong(lower.substring(0, lower.length() - 1).trim());
        return switch (lower.charAt(lower.length() - 1)) {
            case 'd' -> Duration.ofDays(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 's' -> Duration.ofSeconds(amount);
            default -> throw new IllegalArgumentException("unknown unit");
        };
    }

    private static Duration requirePositive(String key, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + duration);
        }
        return duration;
    }
}
