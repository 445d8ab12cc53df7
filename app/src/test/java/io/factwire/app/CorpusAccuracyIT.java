package io.factwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #5: the ECB+ figures are measured where they matter, on the real broker, and cannot regress unnoticed.
 * The demo's {@code --once} path (6 partitions, 2 stream threads, the corpus published in one burst through
 * ingest) runs over {@code ../shared/corpus/ecbplus-dev.jsonl}; its JSON goes to {@code target/corpus-accuracy/}
 * and is scored by the same Python scorers a developer runs by hand (commands in the README, Accuracy).
 *
 * <p>The decision takes the articles in rank order (ingest time, then id), whatever the interleaving of the
 * partitions, so a run gives the figures of the corpus order, bar a few late records ({@link SameResultIT}); the other orders'
 * figures are held by {@code DedupCorpusTest} and {@code EventsCorpusTest} in the processor.
 */
@RealStack
class CorpusAccuracyIT {

    // Floors. Duplicates: the target itself (recall >= 0.95 of the 112 close copies = 107); the broker
    // gave 110 in every run since dedup links a copy to every group it matches (order-independent). Events: the
    // broker gave F1 0.868 and 0.884 (2026-11-22, after the event merges landed) and varies ~0.02 with the
    // partition interleaving; the floor sits below that spread. The goal of 0.95 is not reached.
    /** Share of merged labelled pairs that really are copies (no independent report merged). */
    static final double MIN_DUPLICATE_PRECISION = 0.98;
    /** Copies found among the 112 labelled copies with a 5-shingle containment >= 0.5. */
    static final int MIN_CLOSE_COPIES_FOUND = 107;
    /** B-cubed F1 of the events against the corpus's own grouping (topic x ecb/ecbplus). */
    static final double MIN_EVENTS_F1 = 0.85;

    private static final Path ROOT = Path.of(System.getProperty("factwire.root", "..")).toAbsolutePath().normalize();
    private static final Path SHARED = Path.of(System.getProperty("factwire.shared", ROOT.resolve("../shared").toString()));
    private static final Path CORPUS = SHARED.resolve("corpus/ecbplus-dev.jsonl");
    private static final Path LABELS = SHARED.resolve("eval/ecbplus-dev-duplicates.jsonl");
    private static final Path DUPLICATE_SCORER = SHARED.resolve("eval/score-duplicates.py");
    private static final Path EVENT_SCORER = ROOT.resolve("eval/score-events.py");

    /** Checked before the test asks for the stack, so that a skip does not start a broker and a registry first. */
    @BeforeAll
    static void needsTheSharedCorpusAndPython() {
        assumeTrue(Files.isRegularFile(CORPUS) && Files.isRegularFile(LABELS) && Files.isRegularFile(DUPLICATE_SCORER),
                "skipped: the ECB+ corpus, labels or scorer are not under " + SHARED.toAbsolutePath() + " (set -Dfactwire.shared)");
        assumeTrue(PythonScorer.available(), "skipped: python3 is not on the PATH (the scorers are Python)");
    }

    @Test
    void ecbPlusCorpusOnTheRealBrokerKeepsItsDuplicateAndEventFigures(StackEndpoints stack, @TempDir Path stateDir)
            throws Exception {
        Path out = Files.createDirectories(Path.of("target", "corpus-accuracy")).resolve("ecbplus-dev.json");
        long begin = System.nanoTime();
        Files.writeString(out, DemoOnce.run(stack, List.of(CORPUS.toString()), stateDir) + System.lineSeparator(),
                StandardCharsets.UTF_8);
        long processed = System.nanoTime();

        PythonScorer.Output duplicates = PythonScorer.run(DUPLICATE_SCORER, LABELS, out);
        PythonScorer.Output events = PythonScorer.run(EVENT_SCORER, out, CORPUS);
        double precision = duplicates.decimal("precision ([0-9.]+)");
        int closeCopiesFound = (int) duplicates.decimal(">=0\\.5 (\\d+)/\\d+");
        double eventsF1 = events.decimal("F1 ([0-9.]+)");
        System.out.printf("corpus accuracy: %s processed in %d s (scored in %d ms)%n%s%n%s%n", out.toAbsolutePath(),
                (processed - begin) / 1_000_000_000, (System.nanoTime() - processed) / 1_000_000, duplicates, events);

        assertThat(precision).as("duplicate precision\n%s", duplicates).isGreaterThanOrEqualTo(MIN_DUPLICATE_PRECISION);
        assertThat(closeCopiesFound).as("copies found with containment >= 0.5\n%s", duplicates)
                .isGreaterThanOrEqualTo(MIN_CLOSE_COPIES_FOUND);
        assertThat(eventsF1).as("events B-cubed F1\n%s", events).isGreaterThanOrEqualTo(MIN_EVENTS_F1);
    }
}
