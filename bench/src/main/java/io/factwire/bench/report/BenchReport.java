package io.factwire.bench.report;

import io.factwire.bench.child.ChildReport;
import io.factwire.bench.measure.ArticleProgress;
import io.factwire.bench.measure.CpuProfile;
import io.factwire.bench.measure.CpuSnapshot.CpuUse;
import io.factwire.bench.measure.LatencySummary;
import io.factwire.bench.measure.WindowedThroughput.Window;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one {@code ./factwire bench} run, with what is needed to compare runs: the machine, its load,
 * the versions and the configuration. Written as JSON by {@code --json}; {@link ReportTable} prints it for people.
 *
 * @param factwireToPassThrough factwire throughput divided by pass-through throughput
 * @param profile               where the factwire processor's CPU went during the throughput phase (null without
 *                              {@code --profile})
 */
public record BenchReport(String startedAt, double elapsedSeconds, Machine machine, List<Double> loadAverageAtEnd,
                          Versions versions, Configuration configuration, WorkloadFigures workload,
                          PhaseFigures passThrough, PhaseFigures factwire, double factwireToPassThrough,
                          ScalingFigures scaling, List<ScaleOutFigures> scaleOut, LatencyFigures latency, CpuProfile profile,
                          List<TargetCheck> targets) {

    /**
     * What was run.
     *
     * @param stack              "local" (started by the bench) or the external bootstrap servers
     * @param processorJvm       options of the processor JVMs
     * @param processorSettings  the settings both topologies ran with (Kafka Streams, factwire)
     */
    public record Configuration(long articles, Double ratePerSecond, double durationSeconds, double copies,
                                double resends, boolean remix, long seed, String corpus, int corpusArticles,
                                int partitions, int streamThreads, int window, String stack, List<String> processorJvm,
                                Map<String, String> processorSettings) {
    }

    /** The throughput workload, published before the processors start. */
    public record WorkloadFigures(long published, Map<String, Long> kinds, double publishSeconds,
                                  double publishPerSecond, long bytesOnTopic) {
    }

    /**
     * One topology working through the whole workload.
     *
     * @param startupSeconds launch of the processor JVM to RUNNING (not part of the throughput)
     * @param seconds        RUNNING to every input consumed and committed
     * @param cpu            CPU seconds of each process over {@code seconds}
     * @param process        the processor JVM's own figures (heap, RSS, state) when it stopped
     */
    public record PhaseFigures(String topology, long articles, double startupSeconds, double seconds,
                               double perSecond, CpuUse cpu, ChildReport process) {
    }

    /**
     * Throughput as state grows: the rate over the first and the last {@code window} articles through the whole
     * topology (see {@link io.factwire.bench.measure.ArticleProgress}), and every window in between.
     *
     * @param completed     articles with a verdict (read_committed on articles-unique and articles-duplicates); the
     *                      rest of the workload came out on neither
     * @param unique        articles that came out on articles-unique
     * @param duplicates    articles that came out on articles-duplicates (copies, re-sends, and anything else
     *                      dedup judged a copy)
     * @param changePercent last window's rate relative to the first, in percent (negative: slower at the end)
     * @param stages        each input topic of the application and when it was done, the last one last
     */
    public record ScalingFigures(int window, long completed, long unique, long duplicates, Window first, Window last,
                                 double changePercent, List<Window> series, List<ArticleProgress.Stage> stages) {
    }

    /**
     * One way of running the factwire topology over the first articles of the workload, from a fresh application.
     *
     * @param mode                    "1 thread", "2 threads", "2 instances x 1 thread"
     * @param seconds                 first JVM RUNNING to every input consumed and committed
     * @param cpu                     CPU seconds over {@code seconds}; the processor's is the sum over its JVMs
     * @param articlesPerCpuSecond    articles per processor-CPU-second
     */
    public record ScaleOutFigures(String mode, int instances, int threads, long articles, double seconds,
                                  double perSecond, CpuUse cpu, double articlesPerCpuSecond) {
    }

    /**
     * Latency at a fixed offered rate, the factwire processor still holding the state of the throughput run.
     *
     * @param rateChoice             why this rate: as asked, the default, or half the warm throughput (last window)
     * @param maxSendDelayMs         worst lag of the sender behind its schedule
     * @param articlesWithFactUpdate articles that changed at least one fact (the others carry no casualty claim,
     *                               or are duplicates)
     * @param firstFactUpdate        send to the first fact update caused by the article, read_committed
     * @param lastFactUpdate         send to the last fact update caused by the article
     * @param verdict                send to the article's appearance on articles-unique or articles-duplicates
     * @param decisionInput          send to the article's appearance on the decision's hop (its text work committed)
     * @param drainSeconds           end of sending to every input consumed and committed (or to giving up)
     * @param drained                false when the processor had not caught up by then: the latencies then leave
     *                               out the articles still in the queue
     */
    public record LatencyFigures(double offeredPerSecond, String rateChoice, double seconds, long sent,
                                 double maxSendDelayMs,
                                 long articlesWithFactUpdate, LatencySummary firstFactUpdate,
                                 LatencySummary lastFactUpdate, LatencySummary verdict,
                                 LatencySummary decisionInput, double drainSeconds,
                                 boolean drained, CpuUse cpu) {
    }

    /** A figure against the target the project set for it; missing a target is information, not a failure. */
    public record TargetCheck(String name, double measured, String unit, String target, boolean met) {
    }
}
