package io.factwire.schemas;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The one duration syntax of every command-line option and every {@code factwire.*} setting: a number and a unit,
 * {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 30d} (decimals allowed: {@code 1.5s}). ISO-8601
 * ({@code PT30S}, {@code P7D}) is still read, as options and settings took it before. A bare number is refused:
 * options used to read it as seconds and settings as milliseconds, so guessing would misread one or the other.
 */
public final class Durations {

    /** How to write a duration, for error messages and help texts. */
    public static final String SYNTAX = "a number and a unit (ms, s, m, h, d), e.g. 500ms, 30s, 5m, 2h, 30d";

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Map<String, Duration> UNITS = Map.of("ms", Duration.ofMillis(1), "s", Duration.ofSeconds(1),
            "m", Duration.ofMinutes(1), "h", Duration.ofHours(1), "d", Duration.ofDays(1));

    private Durations() {
    }

    /**
     * The duration {@code text} stands for.
     *
     * @throws IllegalArgumentException quoting {@code text} and saying how to write it, when it is not a duration
     */
    public static Duration parse(String text) {
        String value = text.strip();
        Matcher matcher = NUMBER_AND_UNIT.matcher(value);
        if (matcher.matches()) {
            BigDecimal nanos = new BigDecimal(matcher.group(1))
                    .multiply(BigDecimal.valueOf(UNITS.get(matcher.group(2)).toNanos()));
            try {
                return Duration.ofNanos(nanos.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
            } catch (ArithmeticException tooLong) {
                throw new IllegalArgumentException("'" + text + "' is too long a duration", tooLong);
            }
        }
        if (BARE_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' has no unit: write " + SYNTAX);
        }
        if (value.startsWith("P") || value.startsWith("p")) {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException notIso) {
                // reported below, with the syntax to use
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration: write " + SYNTAX);
    }

    /** {@link #parse} for picocli options: {@code @Option(converter = Durations.Converter.class)}. */
    public static final class Converter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
