package io.factwire.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WindowedThroughputTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void firstWindowCountsFromTheStartOfProcessing() {
        // 10 articles done at 1 s, 2 s, ..., 10 s after processing started: 1 article/s throughout
        WindowedThroughput throughput = new WindowedThroughput(LongStream.rangeClosed(1, 10).map(s -> s * SECOND).toArray());
        assertThat(throughput.first(4).perSecond()).isCloseTo(1.0, within(1e-9));
        assertThat(throughput.last(4).perSecond()).isCloseTo(1.0, within(1e-9));
        assertThat(throughput.last(4).from()).isEqualTo(6);
    }

    @Test
    void aSlowerEndShowsInTheLastWindow() {
        // first 5 articles 0.1 s apart, the last 5 one second apart; given out of order
        long[] done = {600_000_000L, 100_000_000L, 300_000_000L, 200_000_000L, 400_000_000L, 500_000_000L,
                1_500_000_000L, 2_500_000_000L, 3_500_000_000L, 4_500_000_000L};
        WindowedThroughput throughput = new WindowedThroughput(done);
        assertThat(throughput.first(5).perSecond()).isCloseTo(10.0, within(1e-9));
        assertThat(throughput.last(3).perSecond()).isCloseTo(1.0, within(1e-9));
        assertThat(throughput.series(5)).extracting(WindowedThroughput.Window::to).containsExactly(5, 10);
    }

    @Test
    void windowsLargerThanTheRunCoverItAll() {
        WindowedThroughput throughput = new WindowedThroughput(new long[] {SECOND, 2 * SECOND});
        assertThat(throughput.first(10_000).to()).isEqualTo(2);
        assertThat(throughput.first(10_000).perSecond()).isCloseTo(1.0, within(1e-9));
        assertThat(new WindowedThroughput(new long[0]).first(10).perSecond()).isNaN();
    }
}
