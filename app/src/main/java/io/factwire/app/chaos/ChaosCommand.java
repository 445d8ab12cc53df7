package io.factwire.app.chaos;

import io.factwire.bench.workload.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./factwire chaos}: the fault suite. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"The fault suite: runs the pipeline on a local stack with the processor in its own JVM, publishes a",
                "workload with poison records mixed in, kills the processor (kill -9) and restarts the broker at random",
                "moments (printed seed), then checks that every record is accounted for once and every fact is right.",
                "Exit code 0 only when every check holds."})
public final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "2000", description = "Articles to publish (ECB+ corpus remixed, 10 %% copies, 5 %% re-sends). Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--kills", defaultValue = "3", description = "kill -9 of the processor, each followed by a restart. Default: ${DEFAULT-VALUE}.")
    int kills;

    @Option(names = "--bounces", defaultValue = "1", description = "Broker stops and restarts on its data (alternately SIGTERM and SIGKILL). Default: ${DEFAULT-VALUE}.")
    int bounces;

    @Option(names = "--poison", defaultValue = "300", description = "Poison records, every kind in turn. Default: ${DEFAULT-VALUE}.")
    int poison;

    @Option(names = "--brokers", defaultValue = "1", description = "1 (a broker JVM of its own) or 3 (replication 3, min ISR 2). Default: ${DEFAULT-VALUE}.")
    int brokers;

    @Option(names = "--seed", description = "Seed of the workload, the poison and the fault moments (default: a random one, printed).")
    Long seed;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(names = "--rate", defaultValue = "100", description = "Records published per second. Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(names = "--corpus", paramLabel = "FILE", description = "Articles the workload is made from (default: ../shared/corpus/ecbplus-dev.jsonl).")
    Path corpus;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "State, broker data and logs (default: .factwire/chaos; emptied first).")
    Path workDir;

    @Option(names = "--expect-state", paramLabel = "FILE", description = "The " + FinalState.FILE + " an uninterrupted run"
            + " of the same seed wrote in its work dir (--kills 0 --bounces 0): this run's final facts, events and"
            + " duplicates must equal it.")
    Path expectState;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A processor setting over its defaults (repeatable).")
    Map<String, String> set = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        // The suite breaks the broker on purpose: the clients' retry warnings are expected, the table says what counts.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.kafka"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        long chosenSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
        Path dir = workDir != null ? workDir : Path.of(System.getProperty("factwire.root", "."), ".factwire", "chaos");
        FinalState expected = expectState == null ? null : FinalState.load(expectState); // before the work dir goes
        deleteRecursively(dir);
        ChaosSettings settings = new ChaosSettings(articles, kills, bounces, poison, brokers, chosenSeed, rate,
                corpus != null ? corpus : Corpus.defaultPath(), dir, set, expected);
        String command = String.format("./factwire chaos --articles %d --kills %d --bounces %d --poison %d --brokers %d --seed %d%s",
                articles, kills, bounces, poison, brokers, chosenSeed, rate == 100 ? "" : " --rate " + rate);
        ChaosRun.Result result = new ChaosRun(settings, System.out).run();
        ChaosReport.print(result, command, System.out);
        if (json != null) ChaosReport.writeJson(result, command, json);
        return ChaosReport.holds(result) ? 0 : 1;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
