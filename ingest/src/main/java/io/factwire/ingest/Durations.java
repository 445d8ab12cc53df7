package io.factwire.ingest;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses durations as people type them on a command line: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}. */
final class Durations implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern SHORT_FORM = Pattern.compile("(\\d+)(ms|s|m|h)?");

    /** Also accepts ISO-8601 ({@code PT30S}); a bare number is seconds. */
    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT_FORM.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration; write e.g. 500ms, 30s, 2m or 1h");
        }
    }
}
