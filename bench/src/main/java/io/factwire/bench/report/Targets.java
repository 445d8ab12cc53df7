package io.factwire.bench.report;

import io.factwire.bench.measure.WindowedThroughput.Window;
import io.factwire.bench.report.BenchReport.LatencyFigures;
import io.factwire.bench.report.BenchReport.PhaseFigures;
import io.factwire.bench.report.BenchReport.ScalingFigures;
import io.factwire.bench.report.BenchReport.TargetCheck;
import java.util.List;

/** The targets the project set for its performance (see the README's Performance section). */
public final class Targets {

    /** The bar on a 2-core machine; the goal beyond it is 2,000. */
    static final double THROUGHPUT_PER_SECOND = 1_000;
    static final double CPU_MS_PER_ARTICLE = 1.2;
    static final double LATENCY_P50_MS = 150;
    static final double LATENCY_P99_MS = 500;
    /** The rate the latency targets hold at; a lower rate cannot meet them. */
    static final double LATENCY_RATE = 100;
    /** The last window against the one before it, in a run of at least {@link #STATE_RUN_ARTICLES}. */
    static final double STATE_CHANGE_PERCENT = 10;
    static final long STATE_RUN_ARTICLES = 500_000;
    static final double HEAP_MB = 512;
    private static final double MB = 1024 * 1024;

    private Targets() {
    }

    /**
     * Each figure against its target. The heap target is judged on the highest heap occupancy after a
     * collection (what the processor needs), not on the peak before one, which only shows how far the collector let
     * garbage pile up within -Xmx. The state target is met only by a run long enough for it.
     */
    public static List<TargetCheck> check(PhaseFigures factwire, ScalingFigures scaling, LatencyFigures latency) {
        double heapMb = factwire.process().heapMaxAfterGcBytes() / MB;
        double cpuMs = 1000 * factwire.cpu().processorSeconds() / factwire.articles();
        boolean latencyValid = latency.offeredPerSecond() >= LATENCY_RATE && latency.drained();
        double lastChange = lastWindowChange(scaling.series());
        return List.of(
                new TargetCheck("throughput, factwire, exactly-once", factwire.perSecond(), "articles/s",
                        ">= 1,000", factwire.perSecond() >= THROUGHPUT_PER_SECOND),
                new TargetCheck("processor CPU per article", cpuMs, "ms", "<= 1.2", cpuMs <= CPU_MS_PER_ARTICLE),
                new TargetCheck("latency p50 at " + (long) latency.offeredPerSecond() + " articles/s",
                        latency.firstFactUpdate().p50Ms(), "ms", "< 150 at 100/s",
                        latencyValid && latency.firstFactUpdate().p50Ms() < LATENCY_P50_MS),
                new TargetCheck("latency p99 at " + (long) latency.offeredPerSecond() + " articles/s",
                        latency.firstFactUpdate().p99Ms(), "ms", "< 500 at 100/s",
                        latencyValid && latency.firstFactUpdate().p99Ms() < LATENCY_P99_MS),
                new TargetCheck("throughput change, last window vs the one before", lastChange, "%",
                        "within 10 (at >= 500,000 articles)", factwire.articles() >= STATE_RUN_ARTICLES
                                && Math.abs(lastChange) <= STATE_CHANGE_PERCENT),
                new TargetCheck("processor heap, max after GC", heapMb, "MB", "<= 512", heapMb <= HEAP_MB));
    }

    /** The last window's rate relative to the one before it, in percent (NaN with fewer than two windows). */
    static double lastWindowChange(List<Window> series) {
        if (series.size() < 2) return Double.NaN;
        return 100 * (series.getLast().perSecond() / series.get(series.size() - 2).perSecond() - 1);
    }
}
