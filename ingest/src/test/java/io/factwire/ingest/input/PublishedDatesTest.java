package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2022-01-06, 2022-01-06T00:00:00Z",
        "2022-01-06T14:30:00Z, 2022-01-06T14:30:00Z",
        "2022-01-06T14:30+06:00, 2022-01-06T08:30:00Z",
        "2022-01-06T02:30:00-05:00, 2022-01-06T07:30:00Z",
        "2022-01-06T14:30:00, 2022-01-06T14:30:00Z",
        "2022-01-06 14:30:00Z, 2022-01-06T14:30:00Z",
        "2022-01-06T14:30:00.123456789Z, 2022-01-06T14:30:00.123Z"})
    void isoDatesAndDateTimes(String text, String expected) {
        assertThat(PublishedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"06/01/2022", "2022-13-01", "yesterday", "2022-01-06T25:00:00Z", "1641427200"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> PublishedDates.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
