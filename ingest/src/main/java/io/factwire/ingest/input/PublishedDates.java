package io.factwire.ingest.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Publication dates as inputs write them: an ISO date, or an ISO date-time with or without an offset. */
public final class PublishedDates {

    static final String EXPECTED = "expected an ISO date or date-time, e.g. 2022-01-06 or 2022-01-06T14:30:00Z";

    private PublishedDates() {
    }

    /**
     * Parses {@code 2022-01-06} (midnight UTC), {@code 2022-01-06T14:30:00Z}, {@code 2022-01-06T14:30+06:00}
     * or {@code 2022-01-06T14:30:00} (taken as UTC); a space may replace the {@code T}. The result is cut to
     * milliseconds, the precision of the Avro field, so that what is published reads back equal.
     *
     * @throws DateTimeParseException when the text is none of these
     */
    public static Instant parse(String text) {
        String iso = text.strip();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        }
        Instant instant;
        if (iso.length() == 10) {
            instant = LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (hasOffset(iso)) {
            instant = OffsetDateTime.parse(iso).toInstant();
        } else {
            instant = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean hasOffset(String iso) {
        int timeStart = iso.indexOf('T');
        if (timeStart < 0) {
            return false;
        }
        String time = iso.substring(timeStart);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }
}
