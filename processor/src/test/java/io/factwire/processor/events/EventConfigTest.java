package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventConfigTest {

    @Test
    void readsBothThresholdsAsTextOrNumbers() {
        EventConfig config = EventConfig.from(Map.of(EventConfig.THRESHOLD, "0.25", EventConfig.MERGE_THRESHOLD, 0.6));
        assertThat(config.threshold()).isEqualTo(0.25);
        assertThat(config.mergeThreshold()).isEqualTo(0.6);
        assertThat(EventConfig.defaults().mergeThreshold()).isGreaterThan(EventConfig.defaults().threshold());
    }

    @Test
    void aMergeThresholdNotAboveTheJoinThresholdIsRejectedByName() {
        assertThatThrownBy(() -> EventConfig.from(Map.of(EventConfig.THRESHOLD, "0.4", EventConfig.MERGE_THRESHOLD, "0.4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(EventConfig.MERGE_THRESHOLD).hasMessageContaining("0.4");
        assertThatThrownBy(() -> EventConfig.from(Map.of(EventConfig.MERGE_THRESHOLD, "high")))
                .hasMessageContaining(EventConfig.MERGE_THRESHOLD).hasMessageContaining("'high'");
    }

    @Test
    void windowAndRetentionAreDurationsAndTheOldDayKeysAreRefusedNamingTheNewOnes() {
        EventConfig config = EventConfig.from(Map.of(EventConfig.MATCH_WINDOW, "365d", EventConfig.RETENTION, "72h"));
        assertThat(config.matchWindow()).isEqualTo(java.time.Duration.ofDays(365));
        assertThat(config.retention()).isEqualTo(java.time.Duration.ofHours(72));
        assertThat(EventConfig.defaults().matchWindow()).isEqualTo(java.time.Duration.ofDays(180));
        assertThatThrownBy(() -> EventConfig.from(Map.of("factwire.events.retention.days", "30")))
                .hasMessageContaining("factwire.events.retention.days").hasMessageContaining(EventConfig.RETENTION + "=30d");
        assertThatThrownBy(() -> EventConfig.from(Map.of(EventConfig.MATCH_WINDOW, "180")))
                .hasMessageContaining(EventConfig.MATCH_WINDOW).hasMessageContaining("'180'");
    }
}
