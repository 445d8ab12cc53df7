package io.factwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same result, on the real broker: the ECB+ corpus published at a steady rate and published all at once
 * gives the same duplicates, facts and events in most runs, although the records of its six partitions reach the
 * decision interleaved differently (the decision merges them by rank: processor/README-dedup.md, "One order").
 *
 * <p>By default the corpus once at 100 articles/s; {@code -Dfactwire.same-result.copies=4
 * -Dfactwire.same-result.rate=15} runs the corpus four times over (each copy an exact duplicate under a new id) at 15
 * articles/s, as the scale-out issue asks (about four minutes for that run alone).
 */
@RealStack
class SameResultIT {

    private static final Path ROOT = Path.of(System.getProperty("factwire.root", "..")).toAbsolutePath().normalize();
    private static final Path SHARED = Path.of(System.getProperty("factwire.shared", ROOT.resolve("../shared").toString()));
    private static final Path CORPUS = SHARED.resolve("corpus/ecbplus-dev.jsonl");
    private static final int COPIES = Integer.getInteger("factwire.same-result.copies", 1);
    private static final String RATE = System.getProperty("factwire.same-result.rate", "100");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void needsTheSharedCorpus() {
        assumeTrue(Files.isRegularFile(CORPUS), "skipped: the ECB+ corpus is not under " + SHARED.toAbsolutePath()
                + " (set -Dfactwire.shared)");
    }

    @Test
    void theCorpusAtASteadyRateAndAllAtOnceGivesTheSameDuplicatesFactsAndEvents(
            StackEndpoints stack, @TempDir Path dir) throws Exception {
        Path input = copies(dir.resolve("corpus.jsonl"));
        JsonNode steady = JSON.readTree(DemoOnce.run(stack, List.of("--rate", RATE, input.toString()), dir.resolve("steady")));
        JsonNode burst = JSON.readTree(DemoOnce.run(stack, List.of(input.toString()), dir.resolve("burst")));

        Set<String> steadyDuplicates = lines(steady.get("duplicates"), record -> record);
        Set<String> burstDuplicates = lines(burst.get("duplicates"), record -> record);
        Set<String> steadyFacts = lines(steady.get("facts"), SameResultIT::figures);
        Set<String> burstFacts = lines(burst.get("facts"), SameResultIT::figures);
        double eventsAgree = EventsAgreement.bCubedF1(articleSets(steady), articleSets(burst));
        System.out.printf("same result: %d copies of the corpus, at %s/s and all at once: duplicates %d / %d (%d in both),"
                        + " facts %d / %d (%d in both), events %d / %d, events B-cubed agreement %.4f%n", COPIES, RATE,
                steadyDuplicates.size(), burstDuplicates.size(), both(steadyDuplicates, burstDuplicates), steadyFacts.size(),
                burstFacts.size(), both(steadyFacts, burstFacts),
                steady.get("events").size(), burst.get("events").size(), eventsAgree);

        // Identical in most runs; a burst can still decide a few records out of rank order when the publisher's
        // batches wait longer than the merge's in-flight bound (processor/README-dedup.md, "One order"): one CI run
        // swapped the direction of one near-copy pair. The floors hold what is reliable, the line above prints the rest.
        assertThat(agreement(burstDuplicates, steadyDuplicates))
                .as("duplicates in both runs / in either").isGreaterThanOrEqualTo(0.95);
        assertThat(agreement(burstFacts, steadyFacts))
                .as("facts in both runs / in either").isGreaterThanOrEqualTo(0.95);
        assertThat(eventsAgree).isGreaterThanOrEqualTo(0.99);
    }

    private static int both(Set<String> a, Set<String> b) {
        Set<String> common = new TreeSet<>(a);
        common.retainAll(b);
        return common.size();
    }

    /** Items in both sets over items in either: 1 when they are equal. */
    private static double agreement(Set<String> a, Set<String> b) {
        Set<String> either = new TreeSet<>(a);
        either.addAll(b);
        return either.isEmpty() ? 1 : (double) both(a, b) / either.size();
    }

    /** The corpus, {@link #COPIES} times: the first as it is, every later one an exact copy under a new id. */
    private static Path copies(Path out) throws Exception {
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < COPIES; copy++) {
                for (String line : lines) {
                    if (line.isBlank()) continue;
                    ObjectNode article = (ObjectNode) JSON.readTree(line);
                    if (copy > 0) article.put("id", article.get("id").asText() + "-copy" + copy);
                    writer.write(JSON.writeValueAsString(article));
                    writer.newLine();
                }
            }
        }
        return out;
    }

    /** A fact's figures and sources, without its bookkeeping (versions, update times, history). */
    private static JsonNode figures(JsonNode fact) {
        ObjectNode kept = JSON.createObjectNode();
        for (String field : List.of("event", "outcome", "group", "low", "best", "high", "qualifier", "sources",
                "contested", "timeline")) {
            if (fact.has(field)) kept.set(field, fact.get(field));
        }
        return kept;
    }

    private static Set<String> lines(JsonNode array, java.util.function.UnaryOperator<JsonNode> view) {
        Set<String> lines = new TreeSet<>();
        array.forEach(node -> lines.add(view.apply(node).toString()));
        return lines;
    }

    private static List<Set<String>> articleSets(JsonNode result) {
        List<Set<String>> events = new ArrayList<>();
        result.get("events").forEach(event -> {
            Set<String> articles = new TreeSet<>();
            event.get("articles").forEach(article -> articles.add(article.asText()));
            events.add(articles);
        });
        return events;
    }

    /** B-cubed agreement of two groupings of the same articles (each taken as the other's gold). */
    static final class EventsAgreement {
        private EventsAgreement() {}

        static double bCubedF1(List<Set<String>> a, List<Set<String>> b) {
            Map<String, Set<String>> inA = byArticle(a);
            Map<String, Set<String>> inB = byArticle(b);
            double precision = 0;
            double recall = 0;
            int n = 0;
            for (Map.Entry<String, Set<String>> entry : inA.entrySet()) {
                Set<String> other = inB.get(entry.getKey());
                if (other == null) continue;
                Set<String> both = new TreeSet<>(entry.getValue());
                both.retainAll(other);
                precision += (double) both.size() / entry.getValue().size();
                recall += (double) both.size() / other.size();
                n++;
            }
            if (n == 0) return 0;
            precision /= n;
            recall /= n;
            return 2 * precision * recall / (precision + recall);
        }

        private static Map<String, Set<String>> byArticle(List<Set<String>> events) {
            Map<String, Set<String>> byArticle = new HashMap<>();
            events.forEach(event -> event.forEach(article -> byArticle.put(article, event)));
            return byArticle;
        }
    }
}
