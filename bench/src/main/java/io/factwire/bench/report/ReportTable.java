package io.factwire.bench.report;

import io.factwire.bench.child.ChildReport;
import io.factwire.bench.measure.CpuProfile;
import io.factwire.bench.measure.CpuSnapshot.CpuUse;
import io.factwire.bench.measure.LatencySummary;
import io.factwire.bench.report.BenchReport.Configuration;
import io.factwire.bench.report.BenchReport.LatencyFigures;
import io.factwire.bench.report.BenchReport.PhaseFigures;
import io.factwire.bench.report.BenchReport.ScalingFigures;
import io.factwire.bench.report.BenchReport.TargetCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The report for people: context first, then one line per figure with its target, then where the CPU went. */
public final class ReportTable {

    private static final double MB = 1024 * 1024;
    private static final String ROW = "%-44s %-44s %s%n";

    private final StringBuilder out = new StringBuilder();

    private ReportTable() {
    }

    public static String render(BenchReport report) {
        ReportTable table = new ReportTable();
        table.context(report);
        table.figures(report);
        table.cpu(report);
        if (report.profile() != null) {
            table.profile(report.profile());
        }
        return table.out.toString();
    }

    private void context(BenchReport r) {
        Machine m = r.machine();
        Configuration c = r.configuration();
        line("factwire bench, %s (%.0f s)", r.startedAt(), r.elapsedSeconds());
        line("machine    %d cores, %s, %.1f GiB, %s", m.cores(), m.cpu(), m.memoryBytes() / MB / 1024, m.os());
        line("jvm        %s", m.jvm());
        line("load       %s at start, %s at end (1/5/15 min)", loads(m.loadAverage()), loads(r.loadAverageAtEnd()));
        line("versions   factwire %s, Kafka %s, Avro %s, %s", r.versions().factwire(), r.versions().kafka(),
                r.versions().avro(), r.versions().registry());
        line("stack      %s; %d partitions; %s, commit every %s ms; %d stream threads; processor JVM %s", c.stack(),
                c.partitions(), c.processorSettings().get("processing.guarantee"),
                c.processorSettings().get("commit.interval.ms"), c.streamThreads(), String.join(" ", c.processorJvm()));
        line("workload   %,d articles from %s (%,d articles), %s; %s repeats; %,.0f MB; published in %.1f s (%,.0f/s)",
                r.workload().published(), Path.of(c.corpus()).getFileName(), c.corpusArticles(), r.workload().kinds(),
                c.remix() ? "remixed" : "verbatim", r.workload().bytesOnTopic() / MB, r.workload().publishSeconds(),
                r.workload().publishPerSecond());
        line("");
    }

    private void figures(BenchReport r) {
        PhaseFigures f = r.factwire();
        PhaseFigures p = r.passThrough();
        ScalingFigures s = r.scaling();
        LatencyFigures l = r.latency();
        ChildReport mem = f.process();
        out.append(String.format(Locale.ROOT, ROW, "figure", "measured", "target"));
        row("throughput, factwire topology, exactly-once", rate(f.perSecond()), target(r, 0));
        row("throughput, pass-through, exactly-once", rate(p.perSecond()), "");
        row("factwire / pass-through", String.format(Locale.ROOT, "%.3f", r.factwireToPassThrough()), "");
        row("processor CPU per article", String.format(Locale.ROOT, "%.2f ms (%.1f CPU-s / %,d articles)",
                1000 * f.cpu().processorSeconds() / f.articles(), f.cpu().processorSeconds(), f.articles()), target(r, 1));
        row(String.format(Locale.ROOT, "scaling: first %,d -> last %,d articles", s.first().to() - s.first().from(),
                        s.last().to() - s.last().from()),
                String.format(Locale.ROOT, "%,.0f -> %,.0f articles/s (%+.1f %%)", s.first().perSecond(),
                        s.last().perSecond(), s.changePercent()), "");
        row("  last window vs the one before", String.format(Locale.ROOT, "%+.1f %%", r.targets().get(4).measured()),
                target(r, 4));
        s.stages().forEach(stage -> row("  " + stage.topic(), String.format(Locale.ROOT,
                "%,d records, done after %.1f s", stage.records(), stage.doneSeconds()), ""));
        for (BenchReport.ScaleOutFigures o : r.scaleOut()) {
            row(String.format(Locale.ROOT, "scale-out, first %,d articles, %s", o.articles(), o.mode()),
                    String.format(Locale.ROOT, "%,.0f articles/s, %,.0f per processor CPU-s (%.1f cores; other load %.1f)",
                            o.perSecond(), o.articlesPerCpuSecond(), o.cpu().processorSeconds() / o.seconds(),
                            o.cpu().otherSeconds() / o.seconds()), "");
        }
        row("verdicts on the workload", String.format(Locale.ROOT, "%,d unique, %,d duplicates, %,d none",
                s.unique(), s.duplicates(), r.workload().published() - s.completed()), "");
        // Over the processor's run (both phases): all 0 when every decision followed rank order.
        row("decisions out of rank order", String.format(Locale.ROOT,
                "%,d late, %,d with a partition taken for quiet, %,d with the merge full", mem.rankOrder().late(),
                mem.rankOrder().quiet(), mem.rankOrder().full()), "");
        row(String.format(Locale.ROOT, "latency at %.0f/s for %.0f s, first fact update", l.offeredPerSecond(),
                l.seconds()), latency(l.firstFactUpdate()), target(r, 2) + ";" + target(r, 3));
        if (!l.rateChoice().equals("default")) {
            row("  rate", l.rateChoice(), "");
        }
        if (!l.drained()) {
            row("  NOT DRAINED", String.format(Locale.ROOT, "backlog left after %.0f s: latencies leave it out",
                    l.drainSeconds()), "");
        }
        row("  last fact update of the article", latency(l.lastFactUpdate()), "");
        row("  verdict (articles-unique / -duplicates)", latency(l.verdict()), "");
        row("  on the decision's hop (text work done)", latency(l.decisionInput()), "");
        row("processor heap, max after GC / peak", String.format(Locale.ROOT, "%.0f / %.0f MB (limit %.0f MB)",
                mem.heapMaxAfterGcBytes() / MB, mem.heapPeakUsedBytes() / MB, mem.heapMaxBytes() / MB), target(r, 5));
        row("processor live heap at the end", mb(mem.liveHeapBytesAtEnd()) + (mem.liveHeapLargest().isEmpty() ? ""
                : ", largest: " + mem.liveHeapLargest().getFirst()), "");
        row("processor RSS peak (VmHWM)", mb(mem.rssPeakBytes()), "");
        row("processor GC", String.format(Locale.ROOT, "%,d collections, %.1f s", mem.gcCount(), mem.gcMillis() / 1e3), "");
        row("state on disk (state.dir, after close)", mb(mem.stateDirBytes()), "");
        row("processor start to RUNNING", String.format(Locale.ROOT, "%.1f s factwire, %.1f s pass-through",
                f.startupSeconds(), p.startupSeconds()), "");
        line("");
    }

    private void cpu(BenchReport r) {
        line("CPU seconds (cores busy on average) while each topology worked through the workload:");
        cpuLine("factwire", r.factwire().seconds(), r.factwire().cpu());
        cpuLine("pass-through", r.passThrough().seconds(), r.passThrough().cpu());
        cpuLine("latency phase", r.latency().cpu().wallSeconds(), r.latency().cpu());
        line("");
    }

    private void cpuLine(String phase, double seconds, CpuUse cpu) {
        line("  %-13s %6.1f s wall: processor %s, broker + bench %s, registry %s, other processes %s", phase, seconds,
                cores(cpu.processorSeconds(), cpu.wallSeconds()), cores(cpu.benchSeconds(), cpu.wallSeconds()),
                cores(cpu.registrySeconds(), cpu.wallSeconds()), cores(cpu.otherSeconds(), cpu.wallSeconds()));
    }

    private void profile(CpuProfile profile) {
        line("where the factwire processor's CPU went during the throughput phase (%s, %,d samples):", profile.event(),
                profile.samples());
        profile.categories().forEach(share -> line("  %5.1f %%  %s", share.percent(), share.name()));
        line("  by pipeline stage (a library call counts for the factwire stage that made it):");
        profile.stages().forEach(share -> line("    %5.1f %%  %s", share.percent(), share.name()));
        line("  top packages (first non-JDK frame):");
        profile.packages().forEach(share -> line("    %5.1f %%  %s", share.percent(), share.name()));
        line("  top methods (self):");
        profile.methods().forEach(share -> line("    %5.1f %%  %s", share.percent(), share.name()));
        line("  top factwire methods (the factwire frame nearest the top of the stack):");
        profile.factwire().forEach(share -> line("    %5.1f %%  %s", share.percent(), share.name()));
    }

    private String target(BenchReport r, int index) {
        TargetCheck check = r.targets().get(index);
        return check.target() + (check.met() ? "  met" : "  MISSED");
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f articles/s", perSecond);
    }

    private static String latency(LatencySummary s) {
        return s.count() == 0 ? "no samples" : String.format(Locale.ROOT, "p50 %.0f, p99 %.0f, max %.0f ms (n=%,d)",
                s.p50Ms(), s.p99Ms(), s.maxMs(), s.count());
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.1f MB", bytes / MB);
    }

    private static String cores(double seconds, double wall) {
        return Double.isNaN(seconds) ? "n/a" : String.format(Locale.ROOT, "%.1f s (%.2f)", seconds, seconds / wall);
    }

    private static String loads(List<Double> load) {
        return load.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f/%.2f/%.2f", load.get(0), load.get(1), load.get(2));
    }

    private void row(String figure, String measured, String target) {
        out.append(String.format(Locale.ROOT, ROW, figure, measured, target));
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
