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
}
