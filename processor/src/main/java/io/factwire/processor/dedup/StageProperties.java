package io.factwire.processor.dedup;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads of stage settings from a flat property map (the {@code factwire.dedup.*} keys).
 * A value that does not parse fails fast with the key and the offending text, never silently falls back.
 */
public final class StageProperties {
    private final Map<String, ?> props;

    public StageProperties(Map<String, ?> props) {
        this.props = props == null ? Map.of() : props;
    }

    public Duration duration(String key, Duration fallback) {
        Object raw = props.get(key);
        if (raw == null) return fallback;
        if (raw instanceof Duration d) return requirePositive(key, d);
        if (raw instanceof Number n) return requirePositive(key, Duration.ofMillis(n.longValue()));
        String text = raw.toString().trim();
        try {
            return requirePositive(key, parseDuration(text));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": cannot read '" + text
                    + "' as a duration (examples: P7D, PT36H, 7d, 36h, 90m, 604800000 for milliseconds)", e);
        }
    }

    public double fraction(String key, double fallback) {
        double value = number(key, fallback).doubleValue();
        if (value < 0 || value > 1) throw new IllegalArgumentException(key + ": " + value + " is not within [0, 1]");
        return value;
    }

    public int positiveInt(String key, int fallback) {
        int value = number(key, fallback).intValue();
        if (value <= 0) throw new IllegalArgumentException(key + ": " + value + " must be > 0");
        return value;
    }

    private Number number(String key, Number fallback) {
        Object raw = props.get(key);
        if (raw == null) return fallback;
        if (raw instanceof Number n) return n;
        String text = raw.toString().trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": cannot read '" + text + "' as a number", e);
        }
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

    private static Duration requirePositive(String key, Duration d) {
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(key + ": " + d + " must be positive");
        return d;
    }
}
