package io.factwire.bench.report;

import io.factwire.bench.report.BenchReport.LatencyFigures;
import io.factwire.bench.report.BenchReport.PhaseFigures;
import io.factwire.bench.report.BenchReport.ScalingFigures;
import io.factwire.bench.report.BenchReport.TargetCheck;
import java.util.List;

/** The targets the project set for its performance (see the README's Performance section). */
public final class Targets {

    static final double THROUGHPUT_PER_SECOND = 2_000;
    static final double LATENCY_P99_MS = 500;
    /** The rate the latency target holds at; a lower rate cannot meet it. */
    static final double LATENCY_RATE = 100;
    static final double SCALING_LOSS_PERCENT = 10;
    static final double HEAP_MB = 512;
    private static final double MB = 1024 * 1024;

    private Targets() {
    }

    /**
     * Each figure against its target. The heap target is judged on the highest heap occupancy after a
     * collection (what the processor needs), not on the peak before one, which only shows how far the collector let
     * garbage pile up within -Xmx.
     */
    public static List<TargetCheck> check(PhaseFigures factwire, ScalingFigures scaling, LatencyFigures latency) {
        double heapMb = factwire.process().heapMaxAfterGcBytes() / MB;
        return List.of(
                new TargetCheck("throughput, factwire, exactly-once", factwire.perSecond(), "articles/s",
                        ">= 2,000", factwire.perSecond() >= THROUGHPUT_PER_SECOND),
                new TargetCheck("latency p99 at " + (long) latency.offeredPerSecond() + " articles/s",
                        latency.firstFactUpdate().p99Ms(), "ms", "< 500 at 100/s",
                        latency.offeredPerSecond() >= LATENCY_RATE && latency.drained()
                                && latency.firstFactUpdate().p99Ms() < LATENCY_P99_MS),
                new TargetCheck("throughput change, last vs first window", scaling.changePercent(), "%",
                        "> -10 (at 1M articles)", scaling.changePercent() > -SCALING_LOSS_PERCENT),
                new TargetCheck("processor heap, max after GC", heapMb, "MB", "<= 512", heapMb <= HEAP_MB));
    }
}
