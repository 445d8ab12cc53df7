package io.factwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationsTest {

    @Test
    void readsANumberAndAUnit() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(Durations.parse(" 1.5m ")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("0.5ms")).isEqualTo(Duration.ofNanos(500_000));
        assertThat(Durations.parse("0s")).isZero();
    }

    @Test
    void stillReadsIso8601() {
        assertThat(Durations.parse("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("pt36h")).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void refusesABareNumberInsteadOfGuessingItsUnit() {
        assertThatThrownBy(() -> Durations.parse("60000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'60000' has no unit: write " + Durations.SYNTAX);
    }

    @Test
    void refusesWhatIsNotADurationSayingHowToWriteOne() {
        for (String text : new String[] {"soon", "", "-5s", "5 s", "5S", "5w", "P", "PT", "1e3ms"}) {
            assertThatThrownBy(() -> Durations.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + text + "' is not a duration: write " + Durations.SYNTAX);
        }
        assertThatThrownBy(() -> Durations.parse("999999999999d")).hasMessageContaining("too long");
    }

    @Test
    void theOptionConverterReportsTheSameMessageToPicocli() {
        assertThat(new Durations.Converter().convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> new Durations.Converter().convert("soon"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'soon' is not a duration: write " + Durations.SYNTAX);
    }
}
