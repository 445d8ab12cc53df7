package io.factwire.processor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    private static ConfigValues of(String key, Object value) {
        return new ConfigValues(Map.of(key, value));
    }

    @Test
    void absentKeysAndNoMapGiveTheFallback() {
        ConfigValues none = new ConfigValues(null);
        assertThat(none.wholeNumber("k", 3)).isEqualTo(3);
        assertThat(none.number("k", 0.5)).isEqualTo(0.5);
        assertThat(none.duration("k", Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
        assertThat(of("other", "7").positiveInt("k", 2)).isEqualTo(2);
    }

    @Test
    void readsTextAndTypedValues() {
        assertThat(of("k", " 12 ").wholeNumber("k", 0)).isEqualTo(12);
        assertThat(of("k", 12).wholeNumber("k", 0)).isEqualTo(12);
        assertThat(of("k", "0.25").number("k", 0)).isEqualTo(0.25);
        assertThat(of("k", 0.25f).fraction("k", 0)).isEqualTo(0.25);
        assertThat(of("k", "90m").duration("k", null)).isEqualTo(Duration.ofMinutes(90));
        assertThat(of("k", "pt36h").duration("k", null)).isEqualTo(Duration.ofHours(36));
        assertThat(of("k", Duration.ofSeconds(1)).duration("k", null)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void badValuesNameTheKeyAndTheValue() {
        assertThatThrownBy(() -> of("factwire.x", "twelve").wholeNumber("factwire.x", 0))
                .hasMessage("factwire.x must be a whole number, was 'twelve'");
        assertThatThrownBy(() -> of("factwire.x", "2.5").wholeNumber("factwire.x", 0))
                .hasMessage("factwire.x must be a whole number, was '2.5'");
        assertThatThrownBy(() -> of("factwire.x", "half").number("factwire.x", 0))
                .hasMessage("factwire.x must be a number, was 'half'");
        assertThatThrownBy(() -> of("factwire.x", "-1").positiveInt("factwire.x", 1))
                .hasMessage("factwire.x must be > 0, was -1");
        assertThatThrownBy(() -> of("factwire.x", "NaN").fraction("factwire.x", 0))
                .hasMessage("factwire.x must be within [0, 1], was NaN");
        assertThatThrownBy(() -> of("factwire.x", "3 weeks").duration("factwire.x", null))
                .hasMessageStartingWith("factwire.x must be a duration").hasMessageEndingWith("was '3 weeks'");
        assertThatThrownBy(() -> of("factwire.x", "60000").duration("factwire.x", null))
                .hasMessageStartingWith("factwire.x must be a duration").hasMessageEndingWith("was '60000'");
        assertThatThrownBy(() -> of("factwire.x", "0s").duration("factwire.x", null))
                .hasMessage("factwire.x must be positive, was PT0S");
    }
}
