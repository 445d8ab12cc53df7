package io.factwire.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.bench.measure.WindowedThroughput.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void theStateTargetComparesTheLastWindowWithTheOneBeforeIt() {
        List<Window> series = List.of(new Window(0, 10, 100), new Window(10, 20, 300), new Window(20, 30, 330));

        assertThat(Targets.lastWindowChange(series)).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Targets.lastWindowChange(series.subList(0, 1))).isNaN();
    }
}
