package io.factwire.app.chaos;

import io.factwire.avro.Article;
import io.factwire.bench.workload.Corpus;
import io.factwire.bench.workload.WorkloadGenerator;
import io.factwire.bench.workload.WorkloadItem;
import io.factwire.bench.workload.WorkloadMix;
import io.factwire.ingest.IngestClock;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.dedup.ExactKeys;
import io.factwire.processor.dedup.WordShingles;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import io.factwire.stack.ProcessStack;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One run of the fault suite: a local stack, the processor in its own JVM, a paced workload with poison records
 * mixed in, and faults at random moments (from the seed) while it runs; then, once the processor has caught up,
 * the checks ({@link ChaosChecks}).
 */
final class ChaosRun {

    static final String APPLICATION_ID = "factwire-chaos";
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);

    /** A kill: when, the lag then, and how long until RUNNING and until offsets were committed again. */
    record Kill(int number, double atSeconds, long lagAtKill, double readySeconds, double processingSeconds) {
    }

    /** A broker stopped and started again on its data. */
    record Bounce(int number, int broker, String how, double atSeconds, double downSeconds, double restartSeconds) {
    }

    record Result(ChaosSettings settings, List<Kill> kills, List<Bounce> bounces, List<String> unplannedExits,
                  ChaosChecks.Outcome checks, double seconds) {
    }

    private enum Fault { KILL, BOUNCE }

    private final ChaosSettings settings;
    private final PrintStream out;
    private final List<Kill> kills = Collections.synchronizedList(new ArrayList<>());
    private final List<Bounce> bounces = Collections.synchronizedList(new ArrayList<>());
    private long began;

    ChaosRun(ChaosSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    Result run() throws Exception {
        began = System.nanoTime();
        Files.createDirectories(settings.workDir());
        List<io.factwire.ingest.input.ParsedArticle> corpus = Corpus.load(settings.corpus());
        out.printf("chaos: seed %d; %d articles and %d poison records at %.0f/s, %d kills, %d broker bounces, %d broker%s (work dir %s)%n",
                settings.seed(), settings.articles(), settings.poison(), settings.rate(), settings.kills(), settings.bounces(),
                settings.brokers(), settings.brokers() == 1 ? "" : "s", settings.workDir());
        try (ProcessStack stack = ProcessStack.start(settings.workDir().resolve("stack"), settings.brokers())) {
            String bootstrap = stack.endpoints().bootstrapServers();
            Map<String, String> processor = new HashMap<>(Map.of(
                    StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProcessorConfig.REGISTRY_URL, stack.endpoints().registryUrl(),
                    StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID,
                    StreamsConfig.STATE_DIR_CONFIG, settings.workDir().resolve("state").toString(),
                    ProcessorConfig.PARTITIONS, "6",
                    ProcessorConfig.REPLICATION, settings.brokers() == 3 ? "3" : "1"));
            processor.putAll(settings.processor());
            try (ProcessorKeeper keeper = new ProcessorKeeper(processor, settings.workDir(), out);
                 GroupProgress progress = new GroupProgress(bootstrap, APPLICATION_ID, Topics.ARTICLES);
                 Topics topics = new Topics(SerdeConfig.forRegistry(stack.endpoints().registryUrl()));
                 ChaosPublisher publisher = new ChaosPublisher(bootstrap, Topics.ARTICLES)) {
                long startedAt = System.nanoTime();
                keeper.start();
                out.printf("chaos: processor RUNNING in %.1f s (first start)%n", (System.nanoTime() - startedAt) / 1e9);
                AtomicReference<Exception> faultFailure = new AtomicReference<>();
                Thread faults = new Thread(() -> {
                    try {
                        injectFaults(stack, keeper, progress);
                    } catch (Exception e) {
                        faultFailure.set(e);
                    }
                }, "factwire-chaos-faults");
                faults.start();
                try {
                    publish(corpus, topics.articles(), publisher, keeper);
                } catch (Exception | Error e) {
                    faults.interrupt();
                    keeper.close();
                    throw e;
                }
                faults.join();
                if (faultFailure.get() != null) throw faultFailure.get();
                awaitCaughtUp(keeper, progress);
                keeper.stop();
                ChaosChecks.Outcome outcome = new ChaosChecks(bootstrap, topics, publisher, settings).run();
                outcome.state().write(settings.workDir().resolve(FinalState.FILE));
                if (settings.expected() != null) outcome = outcome.with(outcome.state().against(settings.expected()));
                return new Result(settings, List.copyOf(kills), List.copyOf(bounces), keeper.unplannedExits(), outcome,
                        seconds());
            }
        }
    }

    /** The workload with the poison records at seeded random places, paced at the rate. */
    private void publish(List<io.factwire.ingest.input.ParsedArticle> corpus, Topic<String, Article> articles,
                         ChaosPublisher publisher, ProcessorKeeper keeper) throws Exception {
        Random random = new Random(settings.seed());
        int total = settings.articles() + settings.poison();
        List<PoisonKind> slots = new ArrayList<>(Collections.nCopies(total, (PoisonKind) null));
        PoisonKind[] kinds = PoisonKind.values();
        for (int i = 0; i < settings.poison(); i++) slots.set(i, kinds[i % kinds.length]);
        Collections.shuffle(slots, random);
        WorkloadGenerator workload = new WorkloadGenerator(corpus, new WorkloadMix(0.1, 0.05, true), settings.seed());
        PoisonRecords poison = new PoisonRecords(articles.valueSerde().serializer(), articles.name());
        List<String> published = new ArrayList<>();
        Map<String, Article> recent = new java.util.LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Article> eldest) {
                return size() > 1000;
            }
        };
        IngestClock ingestClock = new IngestClock();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / settings.rate());
            long wait = due - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            PoisonKind kind = slots.get(i);
            if (kind == null || kind.outcome() == PoisonKind.Outcome.DUPLICATE && published.isEmpty()) {
                WorkloadItem item = workload.next();
                Article article = item.article().toAvro(ingestClock.next());
                byte[] value = articles.valueSerde().serializer().serialize(articles.name(), article);
                publisher.send(item.id(), null, new PoisonRecords.Raw(item.id(), value));
                published.add(item.id());
                // Exact copies are made of bodies dedup can match: one too short to mean "the same article"
                // ("Esther Williams, swimming star, dies at 91") has no exact key, so its copy is rightly unique.
                if (ExactKeys.bodyKey(WordShingles.words(article.getBody())).isPresent()) recent.put(item.id(), article);
                if (kind == null) continue;
            }
            String earlier = null;
            if (kind == PoisonKind.EXACT_COPY && recent.isEmpty()) continue; // nothing long enough published yet
            if (kind == PoisonKind.EXACT_COPY) {
                List<String> ids = new ArrayList<>(recent.keySet());
                earlier = ids.get(random.nextInt(ids.size()));
            } else if (kind == PoisonKind.DUPLICATE_ID) {
                earlier = published.get(random.nextInt(published.size()));
            }
            PoisonRecords.Raw raw = poison.build(kind, i, earlier, recent.get(earlier), ingestClock.next());
            publisher.send(raw.key() != null ? raw.key() : "poison-null-key-" + i, kind, raw);
            if (i % 500 == 0) keeper.restartIfExited();
        }
        publisher.flush();
        out.printf("chaos: published %d records in %.1f s%n", total, (System.nanoTime() - start) / 1e9);
    }

    /** The faults in a seeded order at seeded moments of the publishing window, one after the other. */
    private void injectFaults(ProcessStack stack, ProcessorKeeper keeper, GroupProgress progress) throws Exception {
        Random random = new Random(settings.seed() ^ 0x5DEECE66DL);
        List<Fault> plan = new ArrayList<>();
        for (int i = 0; i < settings.kills(); i++) plan.add(Fault.KILL);
        for (int i = 0; i < settings.bounces(); i++) plan.add(Fault.BOUNCE);
        Collections.shuffle(plan, random);
        double window = Math.max(settings.publishSeconds(), 10);
        List<Double> moments = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) moments.add(window * (0.05 + 0.9 * random.nextDouble()));
        Collections.sort(moments);
        long start = System.nanoTime();
        int killNumber = 0;
        int bounceNumber = 0;
        for (int i = 0; i < plan.size(); i++) {
            long due = start + (long) (moments.get(i) * 1e9);
            while (System.nanoTime() < due) {
                keeper.restartIfExited();
                Thread.sleep(Math.min(200, Math.max(1, (due - System.nanoTime()) / 1_000_000)));
            }
            if (plan.get(i) == Fault.KILL) {
                kill(++killNumber, keeper, progress);
            } else {
                bounce(++bounceNumber, stack, random);
            }
        }
    }

    private void kill(int number, ProcessorKeeper keeper, GroupProgress progress) throws Exception {
        long lag = progress.lag();
        long committed = progress.committed();
        double at = seconds();
        long killed = System.nanoTime();
        long readyNanos = keeper.killAndRestart();
        double processing = -1;
        long deadline = System.nanoTime() + ProcessorKeeper.START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            long now = progress.committed();
            if (now > committed) {
                processing = (System.nanoTime() - killed) / 1e9;
                break;
            }
            if (lag == 0 && progress.lag() == 0) break; // nothing to process: idle, not down
            Thread.sleep(100);
        }
        Kill kill = new Kill(number, at, lag, readyNanos / 1e9, processing);
        kills.add(kill);
        out.printf("chaos: kill %d at %.1f s (lag %d): RUNNING again after %.1f s, committing again after %s%n", number,
                at, lag, kill.readySeconds(), processing < 0 ? "- (idle)" : String.format("%.1f s", processing));
    }

    /** Odd bounces SIGTERM a broker JVM, even ones SIGKILL it; with 3 brokers, a seeded random one. */
    private void bounce(int number, ProcessStack stack, Random random) throws Exception {
        int broker = settings.brokers() == 1 ? 0 : random.nextInt(settings.brokers());
        boolean hard = number % 2 == 0;
        String how = hard ? "SIGKILL" : "SIGTERM";
        double at = seconds();
        long stopping = System.nanoTime();
        if (hard) {
            stack.killBroker(broker);
        } else {
            stack.stopBroker(broker);
        }
        Thread.sleep(2000 + random.nextInt(3000));
        long restarting = System.nanoTime();
        stack.startBroker(broker);
        Bounce bounce = new Bounce(number, broker, how, at, (System.nanoTime() - stopping) / 1e9,
                (System.nanoTime() - restarting) / 1e9);
        bounces.add(bounce);
        out.printf("chaos: broker %d %s at %.1f s: down %.1f s (restart took %.1f s)%n", broker, how, at,
                bounce.downSeconds(), bounce.restartSeconds());
    }

    /** Until nothing is left to process on the input and repartition topics, twice in a row. */
    private void awaitCaughtUp(ProcessorKeeper keeper, GroupProgress progress) throws Exception {
        long began = System.nanoTime();
        long deadline = began + CATCH_UP_TIMEOUT.toNanos();
        int idle = 0;
        long lastReport = began;
        while (idle < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the processor did not catch up within " + CATCH_UP_TIMEOUT);
            }
            keeper.restartIfExited();
            long lag = progress.lag();
            idle = lag == 0 ? idle + 1 : 0;
            if (System.nanoTime() - lastReport > 30e9) {
                out.printf("chaos: waiting for the processor to catch up: %d records left%n", lag);
                lastReport = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        out.printf("chaos: processor caught up %.1f s after publishing ended%n", (System.nanoTime() - began) / 1e9);
    }

    private double seconds() {
        return (System.nanoTime() - began) / 1e9;
    }
}
