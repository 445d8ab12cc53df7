package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.avro.Duplicate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the dedup stage over the ECB+ dev corpus, writes target/dedup-ecbplus-dev.json in the shape the shared
 * scorer reads, and holds the scorer's figures to the targets.
 */
class DedupCorpusTest {
    static final Path OUT = Path.of("target/dedup-ecbplus-dev.json");

    @Test
    void meetsPrecisionAndRecallTargetsOnTheDevCorpus() throws Exception {
        List<EcbCorpus.Entry> corpus = EcbCorpus.load();
        List<Duplicate> duplicates;
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            corpus.forEach(e -> d.send(e.article()));
            duplicates = d.duplicates.readValuesToList();
            assertThat(d.unique.getQueueSize() + duplicates.size()).isEqualTo(corpus.size());
        }
        writeScorerInput(duplicates);

        String report = score();
        System.out.println("dedup on ECB+ dev (" + duplicates.size() + " duplicates):\n" + report);
        assertThat(figure(report, "precision ([0-9.]+)")).isGreaterThanOrEqualTo(0.98);
        Matcher high = Pattern.compile(">=0\\.5 (\\d+)/(\\d+)").matcher(report);
        assertThat(high.find()).as("scorer output has a >=0.5 band: %s", report).isTrue();
        assertThat((double) Integer.parseInt(high.group(1)) / Integer.parseInt(high.group(2))).isGreaterThanOrEqualTo(0.95);
    }

    private static void writeScorerInput(List<Duplicate> duplicates) throws IOException {
        Files.createDirectories(OUT.getParent());
        List<Map<String, Object>> rows = duplicates.stream().map(d -> Map.<String, Object>of(
                "article", d.getArticle(), "original", d.getOriginal(),
                "kind", d.getKind().name(), "similarity", d.getSimilarity())).toList();
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(OUT.toFile(), Map.of("duplicates", rows));
    }

    private static String score() throws Exception {
        Path shared = EcbCorpus.shared();
        Path scorer = shared.resolve("eval/score-duplicates.py");
        Path labels = shared.resolve("eval/ecbplus-dev-duplicates.jsonl");
        assumeTrue(Files.isRegularFile(scorer) && Files.isRegularFile(labels), "skipped: scorer or labels absent");
        Process process;
        try {
            process = new ProcessBuilder("python3", scorer.toString(), labels.toString(), OUT.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: python3 not available (" + e.getMessage() + ")");
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("scorer failed: %s", output).isZero();
        return output;
    }

    private static double figure(String report, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(report);
        assertThat(m.find()).as("'%s' in scorer output: %s", pattern, report).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
