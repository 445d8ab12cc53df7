package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aKnownTotalGivesABarAndAnEta() {
        assertThat(Progress.format(21_400, 40_100_000, 51_420, 5_350, true))
                .isEqualTo("[#########...............] 21,400/51,420 articles  40.1 MB  5,350/s  ETA 0:06");
    }

    @Test
    void withoutATotalThereIsNoBarNorEta() {
        assertThat(Progress.format(857, 1_650_000, -1, 1_714.2, true))
                .isEqualTo("857 articles  1.7 MB  1,714/s");
    }

    @Test
    void plainLinesHaveNoBarAndDryRunsNoBytes() {
        assertThat(Progress.format(10, -1, 40, 1, false)).isEqualTo("10/40 articles  1/s  ETA 0:30");
    }

    @Test
    void noRateNoEta() {
        assertThat(Progress.format(0, 0, 100, 0, true)).isEqualTo("[........................] 0/100 articles  0.0 MB");
    }

    @Test
    void clockFormat() {
        assertThat(Progress.clock(Duration.ofSeconds(7))).isEqualTo("0:07");
        assertThat(Progress.clock(Duration.ofSeconds(750))).isEqualTo("12:30");
        assertThat(Progress.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    }

    @Test
    void messagesClearTheBarAndRedrawIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong();
        try (Progress progress = new Progress(err, true, () -> 3, () -> -1, now::get)) {
            progress.message("bad.jsonl:2: malformed JSON: oops");
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("bad.jsonl:2: malformed JSON: oops\n");
    }
}
