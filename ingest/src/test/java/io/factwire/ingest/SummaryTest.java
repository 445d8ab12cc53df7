package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.ingest.input.RejectReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void aCompleteRunWithRejections() {
        Summary summary = new Summary(857, Map.of(RejectReason.MALFORMED_JSON, 2L, RejectReason.MISSING_BODY, 1L),
                "articles", new PublishResult(51_420, 0, List.of(), null, Duration.ofSeconds(6)), 99_300_000,
                Duration.ofSeconds(8), null);

        assertThat(summary.lines()).containsExactly(
                "ingest: read 857 articles, rejected 3 (malformed JSON: 2, missing body: 1)",
                "ingest: published 51,420 of 51,420 articles (99.3 MB) to topic articles in 6.0 s: 8,570 articles/s;"
                        + " 8.0 s in all");
        assertThat(summary.exitCode()).isEqualTo(IngestCommand.EXIT_REJECTED);
    }

    @Test
    void unsentArticlesAreNamedAndTakePrecedenceInTheExitCode() {
        List<String> first = IntStream.range(0, ArticlePublisher.MAX_IDS_REPORTED).mapToObj(i -> "a" + i).toList();
        Summary summary = new Summary(100, Map.of(), "articles",
                new PublishResult(70, 30, first, "TimeoutException: Expiring 30 record(s)", Duration.ofSeconds(31)),
                70_000, Duration.ofSeconds(32), null);

        assertThat(summary.lines()).last().isEqualTo("ingest: FAILED: 30 articles were NOT published"
                + " (TimeoutException: Expiring 30 record(s)); ids: " + String.join(", ", first) + " and 10 more");
        assertThat(summary.exitCode()).isEqualTo(IngestCommand.EXIT_NOT_SENT);
    }

    @Test
    void aDryRunStoppedByStrict() {
        Summary summary = new Summary(4, Map.of(RejectReason.EMPTY_FILE, 1L), "articles", null, 0,
                Duration.ofMillis(300), "--strict, at empty.txt:1");

        assertThat(summary.lines()).containsExactly(
                "ingest: read 4 articles, rejected 1 (empty file: 1)",
                "ingest: stopped early: --strict, at empty.txt:1",
                "ingest: dry run, nothing published; 0.3 s in all");
        assertThat(summary.exitCode()).isEqualTo(IngestCommand.EXIT_REJECTED);
    }
}
