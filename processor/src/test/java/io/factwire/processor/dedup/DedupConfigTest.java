package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupConfigTest {
    @Test
    void absentKeysKeepTheDefaults() {
        assertThat(DedupConfig.from(Map.of())).isEqualTo(DedupConfig.DEFAULTS);
        assertThat(DedupConfig.DEFAULTS.retention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void readsDurationsNumbersAndFractions() {
        DedupConfig config = DedupConfig.from(Map.of(
                "factwire.dedup.retention", "36h", "factwire.dedup.containment", "0.6",
                "factwire.dedup.bands", 16, "factwire.dedup.jaccard", 0.1));
        assertThat(config.retention()).isEqualTo(Duration.ofHours(36));
        assertThat(config.containment()).isEqualTo(0.6);
        assertThat(config.bands()).isEqualTo(16);
        assertThat(config.jaccard()).isEqualTo(0.1);
        assertThat(DedupConfig.from(Map.of("factwire.dedup.retention", "P3D")).retention()).isEqualTo(Duration.ofDays(3));
        assertThat(DedupConfig.from(Map.of("factwire.dedup.retention", "7d")).retention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void badValuesNameTheKeyAndTheText() {
        assertThatThrownBy(() -> DedupConfig.from(Map.of("factwire.dedup.retention", "a week")))
                .hasMessageContaining("factwire.dedup.retention").hasMessageContaining("'a week'");
        assertThatThrownBy(() -> DedupConfig.from(Map.of("factwire.dedup.containment", "1.5")))
                .hasMessageContaining("factwire.dedup.containment");
        assertThatThrownBy(() -> DedupConfig.from(Map.of("factwire.dedup.bands", "0")))
                .hasMessageContaining("factwire.dedup.bands");
        assertThat(DedupConfig.from(Map.of("factwire.dedup.bands", "4")).leadBands()).isEqualTo(4);
        assertThatThrownBy(() -> DedupConfig.from(Map.of("factwire.dedup.bands", "4", "factwire.dedup.lead-bands", "6")))
                .hasMessageContaining("factwire.dedup.lead-bands");
        assertThat(DedupConfig.from(Map.of("factwire.dedup.max-confirmations", "3")).maxConfirmations()).isEqualTo(3);
        assertThatThrownBy(() -> DedupConfig.from(Map.of("factwire.dedup.max-confirmations", "0")))
                .hasMessageContaining("factwire.dedup.max-confirmations");
    }
}
