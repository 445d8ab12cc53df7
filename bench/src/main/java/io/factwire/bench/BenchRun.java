package io.factwire.bench;

import io.factwire.bench.child.ProcessorMode;
import io.factwire.bench.measure.CpuProfile;
import io.factwire.bench.measure.ArticleProgress;
import io.factwire.bench.measure.CpuSnapshot;
import io.factwire.bench.measure.GroupProgress;
import io.factwire.bench.measure.Offsets;
import io.factwire.bench.measure.TopicWatcher;
import io.factwire.bench.measure.WindowedThroughput;
import io.factwire.bench.report.BenchReport;
import io.factwire.bench.report.BenchReport.Configuration;
import io.factwire.bench.report.BenchReport.LatencyFigures;
import io.factwire.bench.report.BenchReport.PhaseFigures;
import io.factwire.bench.report.BenchReport.ScaleOutFigures;
import io.factwire.bench.report.BenchReport.ScalingFigures;
import io.factwire.bench.report.BenchReport.WorkloadFigures;
import io.factwire.bench.report.Machine;
import io.factwire.bench.report.Targets;
import io.factwire.bench.report.Versions;
import io.factwire.bench.workload.Corpus;
import io.factwire.bench.workload.WorkloadGenerator;
import io.factwire.bench.workload.WorkloadPublisher;
import io.factwire.ingest.input.ParsedArticle;
import io.factwire.processor.ProcessorConfig;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.TopicSetup;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One benchmark run on a running stack: publish the workload, run the pass-through and the factwire topology
 * through it (throughput, scaling with state), keep the factwire processor running for the latency phase, and
 * collect everything into a {@link BenchReport}.
 */
final class BenchRun {

    private static final Duration TOPIC_TIMEOUT = Duration.ofMinutes(1);
    /** Generous: the point of a slow run is its figures, not a timeout. */
    private static final Duration PHASE_TIMEOUT = Duration.ofHours(3);
    private static final Duration READER_TIMEOUT = Duration.ofMinutes(1);
    /** Longer than the rank merge's max-wait (2 s) and a list of end offsets. */
    private static final Duration VERDICTS_SETTLE = Duration.ofSeconds(3);

    private final BenchSettings settings;
    private final StackEndpoints endpoints;
    private final String stack;
    private final PrintStream progress;
    private final String runId = "factwire-bench-" + Long.toString(System.currentTimeMillis(), 36);
    /** Named after the run, so that runs sharing a stack do not share it and the clean-up finds it. */
    private final String passThroughTopic = runId + "-pass-through-sink";

    /** @param stack how the stack was found, for the report: "local" or the external bootstrap servers */
    BenchRun(BenchSettings settings, StackEndpoints endpoints, String stack, PrintStream progress) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.stack = stack;
        this.progress = progress;
    }

    BenchReport run() throws Exception {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        Machine machine = Machine.describe();
        List<ParsedArticle> corpus = Corpus.load(settings.corpus());
        WorkloadGenerator workload = new WorkloadGenerator(corpus, settings.mix(), settings.seed());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers()));
             Topics topics = new Topics(SerdeConfig.forRegistry(endpoints.registryUrl()))) {
            try {
                TopicSetup.createMissing(admin, settings.partitions(), (short) 1, TOPIC_TIMEOUT);
                TopicSetup.create(admin, List.of(passThroughTopic), settings.partitions(), (short) 1, TOPIC_TIMEOUT);
                Map<TopicPartition, Long> start = Offsets.ends(admin, List.of(Topics.ARTICLES));
                List<ScaleOutFigures> scaleOut = new ArrayList<>();
                // The scale-out phase runs while the topic holds only its slice: an application reads all it is given.
                WorkloadFigures published = publish(workload, topics,
                        () -> scaleOut.addAll(scaleOut(admin, start, Offsets.ends(admin, List.of(Topics.ARTICLES)))));
                Map<TopicPartition, Long> end = Offsets.ends(admin, List.of(Topics.ARTICLES));

                PhaseFigures passThrough = passThrough(admin, start, end);
                FactwireFigures factwire = factwire(admin, topics, workload, start, end);
                double ratio = factwire.phase().perSecond() / passThrough.perSecond();
                return new BenchReport(startedAt.toString(), (System.nanoTime() - started) / 1e9, machine,
                        Machine.currentLoadAverage(), Versions.detect(endpoints.registryUrl()), configuration(corpus.size()),
                        published, passThrough, factwire.phase(), ratio, factwire.scaling(), scaleOut, factwire.latency(),
                        factwire.profile(), Targets.check(factwire.phase(), factwire.scaling(), factwire.latency()));
            } finally {
                BenchTopics.deleteRun(admin, runId);
            }
        }
    }

    /** Between the two parts of publishing: once the first {@code --scale-out-articles} are on the topic. */
    @FunctionalInterface
    private interface AfterSlice {
        void run() throws Exception;
    }

    /** Publishes the workload: its first {@code --scale-out-articles}, then {@code afterSlice}, then the rest. */
    private WorkloadFigures publish(WorkloadGenerator workload, Topics topics, AfterSlice afterSlice) throws Exception {
        progress.printf(Locale.ROOT, "bench: publishing %,d articles to %s%n", settings.articles(), Topics.ARTICLES);
        try (WorkloadPublisher publisher = new WorkloadPublisher(endpoints.bootstrapServers(), topics.articles(), 20)) {
            long began = System.nanoTime();
            publisher.sendAll(workload, settings.scaleOutArticles());
            long slice = System.nanoTime() - began;
            afterSlice.run();
            began = System.nanoTime();
            publisher.sendAll(workload, settings.articles() - settings.scaleOutArticles());
            double seconds = (slice + System.nanoTime() - began) / 1e9;
            Map<String, Long> kinds = new TreeMap<>();
            workload.counts().forEach((kind, count) -> kinds.put(kind.name().toLowerCase(Locale.ROOT), count));
            progress.printf(Locale.ROOT, "bench: published %,d articles in %.1f s (%s)%n", publisher.acknowledged(),
                    seconds, kinds);
            return new WorkloadFigures(publisher.acknowledged(), kinds, seconds, publisher.acknowledged() / seconds,
                    publisher.bytes());
        }
    }

    private PhaseFigures passThrough(Admin admin, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end)
            throws Exception {
        Map<String, String> processorSettings = processorSettings("pass-through");
        processorSettings.put(ProcessorMode.PASS_THROUGH_SINK_KEY, passThroughTopic);
        try (ProcessorUnderTest processor = ProcessorUnderTest.start("pass-through", ProcessorMode.PASS_THROUGH,
                processorSettings, jvmOptions(null), log("pass-through"), admin, start, progress)) {
            CpuSnapshot before = CpuSnapshot.take(processor.process());
            long done = finished(processor.awaitDone(end, settings.articles(), Offsets.total(start), PHASE_TIMEOUT)).nanos();
            CpuSnapshot.CpuUse cpu = CpuSnapshot.take(processor.process()).since(before);
            double seconds = report("pass-through", processor, done);
            return new PhaseFigures("pass-through", settings.articles(), processor.startupSeconds(), seconds,
                    settings.articles() / seconds, cpu, processor.stop());
        }
    }

    /** The throughput run, then the latency phase on the same processor, which keeps its state and warm code. */
    private FactwireFigures factwire(Admin admin, Topics topics, WorkloadGenerator workload,
                                     Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, Long> verdictsFrom = Offsets.ends(admin, List.of(Topics.ARTICLES_UNIQUE, Topics.ARTICLES_DUPLICATES));
        Verdicts verdicts = new Verdicts();
        TopicWatcher watcher = TopicWatcher.start(endpoints.bootstrapServers(), verdictsFrom, verdicts::add);
        try (ProcessorUnderTest processor = ProcessorUnderTest.start("factwire", ProcessorMode.FACTWIRE,
                processorSettings("factwire"), jvmOptions(settings.profile()), log("factwire"), admin, start, progress)) {
            Instant runningAt = Instant.now();
            CpuSnapshot before = CpuSnapshot.take(processor.process());
            List<GroupProgress.Snapshot> looks;
            try {
                looks = processor.awaitDone(end, settings.articles(), Offsets.total(start), PHASE_TIMEOUT);
                finished(looks);
                watcher.awaitCaughtUp(settledEnds(admin, verdictsFrom.keySet().stream().map(TopicPartition::topic)
                        .distinct().toList()), READER_TIMEOUT);
            } finally {
                watcher.close();
            }
            Instant doneAt = Instant.now();
            CpuSnapshot.CpuUse cpu = CpuSnapshot.take(processor.process()).since(before);
            double seconds = report("factwire", processor, looks.getLast().nanos());
            ScalingFigures scaling = scaling(looks, Map.of(Topics.ARTICLES, Offsets.total(start)), verdicts,
                    processor.applicationId(), processor.runningNanos());
            LatencyFigures latency = LatencyProbe.run(processor, workload, topics, admin, endpoints.bootstrapServers(), settings.partitions(),
                    // The latency phase runs on the warm processor holding the whole state: its capacity is the rate of the
                    // last window, not the whole run's (which includes the JIT's warm-up).
                    settings.latencyRate(scaling.last().perSecond()), settings.articles() / seconds,
                    settings.duration(), progress);
            PhaseFigures phase = new PhaseFigures("factwire", settings.articles(), processor.startupSeconds(), seconds,
                    settings.articles() / seconds, cpu, processor.stop());
            CpuProfile profile = settings.profile() == null ? null : CpuProfile.read(settings.profile(), runningAt, doneAt);
            return new FactwireFigures(phase, scaling, latency, profile);
        }
    }

    /**
     * The first {@code --scale-out-articles} of the workload through a fresh factwire application with 1 stream
     * thread, with 2, and with 2 processor JVMs of 1 thread each: what adding threads and instances buys.
     */
    private List<ScaleOutFigures> scaleOut(Admin admin, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end)
            throws Exception {
        long articles = settings.scaleOutArticles();
        if (articles == 0) return List.of();
        List<ScaleOutFigures> figures = new ArrayList<>();
        for (int[] shape : new int[][] {{1, 1}, {1, 2}, {2, 1}}) {
            int instances = shape[0];
            int threads = shape[1];
            String mode = instances == 1 ? threads + (threads == 1 ? " thread" : " threads") : instances + " instances x 1 thread";
            String name = "scale-out-" + instances + "x" + threads;
            Map<String, String> processorSettings = processorSettings(name);
            processorSettings.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads));
            try (ProcessorUnderTest processor = ProcessorUnderTest.start(name, ProcessorMode.FACTWIRE, processorSettings,
                    jvmOptions(null), log(name), admin, start, progress, instances)) {
                CpuSnapshot before = CpuSnapshot.take(processor.processes());
                long done = finished(processor.awaitDone(end, articles, Offsets.total(start), PHASE_TIMEOUT)).nanos();
                CpuSnapshot.CpuUse cpu = CpuSnapshot.take(processor.processes()).since(before);
                double seconds = (done - processor.runningNanos()) / 1e9;
                progress.printf(Locale.ROOT, "bench: scale-out, %s: %,d articles in %.1f s: %,.0f articles/s, %,.0f per processor CPU-second%n",
                        mode, articles, seconds, articles / seconds, articles / cpu.processorSeconds());
                figures.add(new ScaleOutFigures(mode, instances, threads, articles, seconds, articles / seconds, cpu,
                        articles / cpu.processorSeconds()));
                processor.stop();
            }
        }
        return figures;
    }

    /**
     * The end offsets of the verdict topics once they have not moved for {@link #VERDICTS_SETTLE}: the group has
     * committed all its input while the decision's rank merge may still hold the last records (it takes a silent
     * partition for quiet after {@code factwire.order.max-wait}, 2 s), so ends read at once can miss their verdicts.
     */
    private static Map<TopicPartition, Long> settledEnds(Admin admin, List<String> topics) throws InterruptedException {
        Map<TopicPartition, Long> ends = Offsets.ends(admin, topics);
        long still = System.nanoTime();
        long deadline = still + READER_TIMEOUT.toNanos();
        while (System.nanoTime() - still < VERDICTS_SETTLE.toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            Map<TopicPartition, Long> now = Offsets.ends(admin, topics);
            if (!now.equals(ends)) {
                ends = now;
                still = System.nanoTime();
            }
        }
        return ends;
    }

    private static GroupProgress.Snapshot finished(List<GroupProgress.Snapshot> looks) {
        if (!looks.getLast().done()) {
            throw new IllegalStateException("the processor did not get through the workload within " + PHASE_TIMEOUT);
        }
        return looks.getLast();
    }

    /** Prints the throughput of a finished phase and returns its length in seconds. */
    private double report(String topology, ProcessorUnderTest processor, long doneNanos) {
        double seconds = (doneNanos - processor.runningNanos()) / 1e9;
        progress.printf(Locale.ROOT, "bench: %s: %,d articles in %.1f s: %,.0f articles/s%n", topology,
                settings.articles(), seconds, settings.articles() / seconds);
        return seconds;
    }

    /** Stages are named by their topic without the application id that prefixes every internal topic. */
    private ScalingFigures scaling(List<GroupProgress.Snapshot> looks, Map<String, Long> start, Verdicts verdicts,
                                   String applicationId, long runningNanos) {
        WindowedThroughput throughput = new WindowedThroughput(
                ArticleProgress.completionNanos(looks, start, Math.toIntExact(settings.articles()), runningNanos));
        int window = settings.window();
        WindowedThroughput.Window first = throughput.first(window);
        WindowedThroughput.Window last = throughput.last(window);
        return new ScalingFigures(window, verdicts.unique() + verdicts.duplicates(), verdicts.unique(),
                verdicts.duplicates(), first, last, 100 * (last.perSecond() / first.perSecond() - 1),
                throughput.series(window), ArticleProgress.stages(looks, start, runningNanos).stream()
                        .map(stage -> new ArticleProgress.Stage(stage.topic().replace(applicationId + "-", ""),
                                stage.records(), stage.doneSeconds()))
                        .toList());
    }

    /** The settings both processors run with, over {@link ProcessorConfig#defaults()} (exactly-once, commit interval). */
    private Map<String, String> processorSettings(String topology) {
        Map<String, String> processor = new LinkedHashMap<>();
        processor.put(StreamsConfig.APPLICATION_ID_CONFIG, runId + "-" + topology);
        processor.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers());
        processor.put(ProcessorConfig.REGISTRY_URL, endpoints.registryUrl());
        processor.put(StreamsConfig.STATE_DIR_CONFIG, settings.workDir().resolve("state-" + topology).toString());
        processor.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(settings.threads()));
        processor.put(ProcessorConfig.PARTITIONS, Integer.toString(settings.partitions()));
        processor.putAll(settings.processorOverrides());
        return processor;
    }

    private List<String> jvmOptions(Path recording) {
        List<String> options = new java.util.ArrayList<>(settings.processorJvm());
        options.add("--enable-native-access=ALL-UNNAMED");
        int feature = Runtime.version().feature();
        if (feature >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        if (recording != null) {
            // CPU-time sampling (JDK 25, Linux) also sees time in native code such as RocksDB.
            options.add("-XX:StartFlightRecording=filename=" + recording.toAbsolutePath() + ",settings=profile,dumponexit=true"
                    + (feature >= 25 ? ",jdk.CPUTimeSample#enabled=true,jdk.CPUTimeSample#throttle=10ms" : ""));
        }
        return options;
    }

    private Path log(String topology) {
        return settings.workDir().resolve(topology + "-processor.log");
    }

    private Configuration configuration(int corpusArticles) {
        Map<String, String> processor = new TreeMap<>(ProcessorConfig.defaults().with(processorSettings("<topology>")).asMap());
        processor.remove(StreamsConfig.STATE_DIR_CONFIG);
        return new Configuration(settings.articles(), settings.rate(), settings.duration().toMillis() / 1e3,
                settings.mix().copies(), settings.mix().resends(), settings.mix().remix(), settings.seed(),
                settings.corpus().toString(), corpusArticles, settings.partitions(), settings.threads(), settings.window(),
                stack, settings.processorJvm(), processor);
    }

    private record FactwireFigures(PhaseFigures phase, ScalingFigures scaling, LatencyFigures latency,
                                   CpuProfile profile) {
    }
}
