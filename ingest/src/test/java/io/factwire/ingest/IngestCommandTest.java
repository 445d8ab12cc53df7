package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line without Kafka: options, dry runs, errors and exit codes. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final StringWriter usageErr = new StringWriter();
    private String stdin = "";

    private int run(String... args) {
        IngestCommand command = new IngestCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), false);
        return new CommandLine(command).setErr(new PrintWriter(usageErr, true)).execute(args);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8) + usageErr;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void helpDocumentsEveryOption() {
        StringWriter out = new StringWriter();
        new CommandLine(new IngestCommand()).setOut(new PrintWriter(out)).execute("--help");

        assertThat(out.toString()).contains("Usage: ingest", "PATH", "--follow=DIR", "--settle=DURATION",
                "--topic=NAME", "--bootstrap=HOST:PORT", "--registry=URL", "--partitions=N", "--replication=N",
                "--rate=N", "--order=published|input", "--repeat=K", "--id-suffix=SUFFIX", "--dry-run", "--strict",
                "--max-body-bytes=BYTES", "--timeout=DURATION", "--producer=KEY=VALUE", "--help", "--version",
                "Exit status:");
    }

    @Test
    void aCleanDryRunExitsZero() throws IOException {
        Path file = write("ok.jsonl", "{\"id\": \"a\", \"body\": \"A.\"}\n{\"id\": \"b\", \"body\": \"B.\"}\n");

        assertThat(run("--dry-run", file.toString())).isZero();
        assertThat(err()).contains("ingest: read 2 articles, none rejected", "ingest: dry run, nothing published");
    }

    @Test
    void rejectionsArePrintedWithTheirPositionCountedByReasonAndExitOne() throws IOException {
        Path file = write("bad.jsonl", """
                {"id": "a", "body": "A."}
                {"id": "b", "published": "soon", "body": "B."}
                {"id": "c", "body": "C."
                {"id": "d", "body": "D."}
                """);
        Path empty = write("empty.txt", "");

        assertThat(run("--dry-run", file.toString(), empty.toString())).isEqualTo(1);
        assertThat(err()).contains(
                file + ":2: unparseable date: \"soon\" in \"published\"",
                file + ":3: malformed JSON: Unexpected end-of-input",
                empty + ":1: empty file",
                "ingest: read 2 articles, rejected 3 (malformed JSON: 1, unparseable date: 1, empty file: 1)");
    }

    @Test
    void strictStopsAtTheFirstBadInput() throws IOException {
        Path file = write("bad.jsonl", """
                {"id": "a", "body": "A."}
                {oops
                {"body": ""}
                {"id": "d", "body": "D."}
                """);

        assertThat(run("--dry-run", "--strict", file.toString())).isEqualTo(1);
        assertThat(err()).contains(file + ":2: malformed JSON", "ingest: read 1 articles, rejected 1",
                "ingest: stopped early: --strict, at " + file + ":2");
        assertThat(err()).doesNotContain(file + ":3:");
    }

    @Test
    void stdinIsReadAsJsonLines() {
        stdin = "{\"id\": \"s\", \"body\": \"S.\"}\nnot json\n";

        assertThat(run("--dry-run", "-")).isEqualTo(1);
        assertThat(err()).contains("-:2: malformed JSON: ", "ingest: read 1 articles");
    }

    @Test
    void publishingWithoutEndpointsSaysHowToStartAStack() throws IOException {
        Path file = write("ok.txt", "Some text.");

        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("ingest: " + IngestCommand.NO_STACK + System.lineSeparator());
    }

    @Test
    void anUnreachableBrokerFailsLoudlyWithinTheTimeout() throws IOException {
        Path file = write("ok.txt", "Some text.");

        int exit = run("--bootstrap", "127.0.0.1:1", "--registry", "http://127.0.0.1:1", "--timeout", "1s",
                file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("ingest: no answer from Kafka at 127.0.0.1:1 within 1 s", "nothing was published");
    }

    @Test
    void contradictoryOptionsAreUsageErrors() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("give at least one PATH");

        assertThat(run("--follow", dir.toString(), "--order", "published")).isEqualTo(2);
        assertThat(err()).contains("--order published needs the whole input first");

        assertThat(run("--order", "newest", "x")).isEqualTo(2);
        assertThat(err()).contains("'newest' is not an order; use published or input");

        assertThat(run("--repeat", "0", "x")).isEqualTo(2);
        assertThat(err()).contains("--repeat must be at least 1");
    }

    @Test
    void durationOptionsTakeTheProjectsOneSyntax() {
        assertThat(run("--timeout", "45", "x")).isEqualTo(2);
        assertThat(err()).contains("'45' has no unit: write a number and a unit (ms, s, m, h, d)");

        assertThat(run("--settle", "soon", "--follow", "x")).isEqualTo(2);
        assertThat(err()).contains("'soon' is not a duration");
    }
}
