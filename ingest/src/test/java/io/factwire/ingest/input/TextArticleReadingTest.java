package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReadingTest {

    @TempDir
    Path dir;

    @Test
    void dateMarkerTitleAndBodyOfASeedsFormatFile() {
        Path file = Inputs.write(dir.resolve("017_flood.txt"), """
                 date 2021-07-15 River floods cut off three valley towns
                Rescue teams reached the town of Ellerby by boat on Thursday.

                Two people were reported missing after the bridge collapsed.
                """);

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.id()).isEqualTo("017_flood");
        assertThat(article.published()).isEqualTo(Instant.parse("2021-07-15T00:00:00Z"));
        assertThat(article.title()).isEqualTo("River floods cut off three valley towns");
        assertThat(article.body()).isEqualTo("""
                Rescue teams reached the town of Ellerby by boat on Thursday.

                Two people were reported missing after the bridge collapsed.""");
        assertThat(article.position()).isEqualTo(new SourcePosition(file.toString(), 1));
        assertThat(article.htmlStripped()).isFalse();
        assertThat(article.url()).isNull();
        assertThat(article.extra()).isEmpty();
    }

    @Test
    void withoutMarkerTheArticleHasNoDate() {
        Path file = Inputs.write(dir.resolve("plain.txt"), "Storm closes harbour\n\nThe harbour stayed shut.\n");

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.published()).isNull();
        assertThat(article.title()).isEqualTo("Storm closes harbour");
        assertThat(article.body()).isEqualTo("The harbour stayed shut.");
    }

    @Test
    void aFirstLineThatIsASentenceStaysInTheBody() {
        String text = " date 2021-07-15 Rescue teams reached the town by boat.\nTwo people are missing.";
        Path file = Inputs.write(dir.resolve("no-title.txt"), text);

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.title()).isNull();
        assertThat(article.body()).isEqualTo("Rescue teams reached the town by boat.\nTwo people are missing.");
    }

    @Test
    void aSingleLineIsBodyNotTitle() {
        Path file = Inputs.write(dir.resolve("one-line.txt"), "Harbour reopens after storm");

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.title()).isNull();
        assertThat(article.body()).isEqualTo("Harbour reopens after storm");
    }

    @Test
    void htmlBodyIsReducedToText() {
        Path file = Inputs.write(dir.resolve("page.html"), """
                <html><body><h1>Bridge closed</h1>
                <p>The bridge was closed on <b>Monday</b> &amp; Tuesday.</p><p>Traffic was diverted.</p>
                </body></html>""");

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.htmlStripped()).isTrue();
        assertThat(article.title()).isEqualTo("Bridge closed");
        assertThat(article.body()).isEqualTo("The bridge was closed on Monday & Tuesday.\nTraffic was diverted.");
    }

    @Test
    void invalidUtf8IsRejectedWithLineAndColumn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Title line\nsecond line\nabcd".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(" rest\n".getBytes(StandardCharsets.UTF_8));
        Path file = Inputs.write(dir.resolve("bad.txt"), bytes.toByteArray());

        Inputs.Read read = Inputs.read(file);

        assertThat(read.articles()).isEmpty();
        assertThat(read.messages()).containsExactly(file + ":3: invalid UTF-8: byte 0xFF at column 5");
        assertThat(read.rejections().getFirst().reason()).isEqualTo(RejectReason.INVALID_UTF8);
    }

    @Test
    void emptyAndBlankFilesAreRejected() {
        Path empty = Inputs.write(dir.resolve("empty.txt"), "");
        Path blank = Inputs.write(dir.resolve("blank.txt"), " \n\n \t\n");

        Inputs.Read read = Inputs.read(empty, blank);

        assertThat(read.messages()).containsExactly(empty + ":1: empty file", blank + ":1: empty file");
    }

    @Test
    void aDateMarkerAloneHasNoBody() {
        Path file = Inputs.write(dir.resolve("marker-only.txt"), " date 2021-07-15\n\n");

        assertThat(Inputs.read(file).messages())
                .containsExactly(file + ":1: missing body: nothing follows the date marker");
    }

    @Test
    void anImpossibleMarkerDateIsRejected() {
        Path file = Inputs.write(dir.resolve("bad-date.txt"), " date 2021-13-45 Some text.");

        assertThat(Inputs.read(file).messages()).containsExactly(file + ":1: unparseable date: \"2021-13-45\" in the"
                + " date marker (expected an ISO date or date-time, e.g. 2022-01-06 or 2022-01-06T14:30:00Z)");
    }

    @Test
    void aBodyOverTheLimitIsRejected() {
        Path file = Inputs.write(dir.resolve("long.txt"), "x".repeat(2000));
        ArticleReader reader = new ArticleReader(1000, () -> null);

        Inputs.Read read = Inputs.read(reader, List.of(file.toString()));

        assertThat(read.messages()).containsExactly(
                file + ":1: body over the size limit: body is 2000 bytes, over the limit of 1000 bytes"
                        + " (--max-body-bytes)");
    }

    @Test
    void aFileFarOverTheLimitIsRefusedUnread() {
        Path file = Inputs.write(dir.resolve("huge.txt"), "x".repeat(10_000));
        ArticleReader reader = new ArticleReader(1000, () -> null);

        assertThat(Inputs.read(reader, List.of(file.toString())).messages()).containsExactly(
                file + ":1: body over the size limit: file is 10000 bytes, over the body limit of 1000 bytes"
                        + " (--max-body-bytes)");
    }

    @Test
    void aMissingPathIsReportedAndTheRestIsRead() {
        Path good = Inputs.write(dir.resolve("good.txt"), "Some text.");
        Path missing = dir.resolve("missing.txt");

        Inputs.Read read = Inputs.read(missing, good);

        assertThat(read.messages()).containsExactly(missing + ": unreadable input: no such file or directory");
        assertThat(read.only().id()).isEqualTo("good");
    }
}
