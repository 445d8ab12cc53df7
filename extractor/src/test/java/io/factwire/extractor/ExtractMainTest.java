package io.factwire.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... paths) {
        return ExtractMain.run(List.of(paths), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonClaimPerLine() throws Exception {
        Files.writeString(dir.resolve("a1.txt"), " date 2023-03-01 Ferry sinks off coast\nAt least 27 people died.");
        assertThat(run(dir.toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("{\"doc\":\"a1\",\"outcome\":\"killed\",\"count\":27,"
                + "\"qualifier\":\"at_least\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void rejectedInputGivesExitCodeOneAndKeepsGoing() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("in.jsonl"), "{oops\n{\"id\":\"b\",\"body\":\"Two were hurt.\"}\n");
        assertThat(run(jsonl.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(jsonl + ":1: not JSON");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"doc\":\"b\"");
    }

    @Test
    void noPathIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage:");
    }
}
