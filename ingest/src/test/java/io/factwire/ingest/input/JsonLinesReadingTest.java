package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReadingTest {

    @TempDir
    Path dir;

    @Test
    void everyModelledFieldIsRead() {
        Path file = Inputs.write(dir.resolve("news.jsonl"), """
                {"id": "a1", "url": "https://Example.ORG/a1#top", "outlet": "Valley Post", "title": "Dam holds",\
                 "published": "2021-07-16T08:30:00+02:00", "body": "The dam held overnight."}
                """);

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article).isEqualTo(new ParsedArticle("a1", "https://example.org/a1", "Valley Post", "Dam holds",
                "The dam held overnight.", Instant.parse("2021-07-16T06:30:00Z"), new SourcePosition(file.toString(), 1),
                false, Map.of()));
    }

    @Test
    void aliasesNullsAndUnknownFields() {
        Path file = Inputs.write(dir.resolve("aliases.jsonl"), """
                {"id": "b2", "source": "Wire", "text": "Roads reopened.", "url": null, "title": null,\
                 "published": null, "topic": 7, "tags": ["roads", "flood"], "lang": "en"}
                """);

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.outlet()).isEqualTo("Wire");
        assertThat(article.body()).isEqualTo("Roads reopened.");
        assertThat(article.url()).isNull();
        assertThat(article.title()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.extra()).isEqualTo(Map.of("topic", "7", "tags", "[\"roads\",\"flood\"]", "lang", "en"));
    }

    @Test
    void aLosingAliasIsKeptAsExtra() {
        Path file = Inputs.write(dir.resolve("both.jsonl"),
                "{\"id\": \"c\", \"outlet\": \"Post\", \"source\": \"Wire\", \"body\": \"B.\", \"text\": \"T.\"}\n");

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.outlet()).isEqualTo("Post");
        assertThat(article.body()).isEqualTo("B.");
        assertThat(article.extra()).isEqualTo(Map.of("source", "Wire", "text", "T."));
    }

    @Test
    void withoutIdTheIdIsAHashOfTheCanonicalUrlElseOfTheBody() {
        Path file = Inputs.write(dir.resolve("no-ids.jsonl"), """
                {"url": "https://example.org/story?utm_source=x&page=2", "body": "One."}
                {"url": "HTTPS://EXAMPLE.ORG/story?page=2&utm_medium=y#comments", "body": "One, re-tagged."}
                {"body": "Two."}
                """);

        List<ParsedArticle> articles = Inputs.read(file).articles();

        assertThat(articles).extracting(ParsedArticle::id).containsExactly(
                ArticleIds.fromUrl("https://example.org/story?page=2"),
                ArticleIds.fromUrl("https://example.org/story?page=2"),
                ArticleIds.fromBody("Two."));
        assertThat(articles.getFirst().url()).isEqualTo("https://example.org/story?page=2");
    }

    @Test
    void badLinesAreReportedAtTheirLineAndTheRestIsRead() {
        Path file = Inputs.write(dir.resolve("bad.jsonl"), """
                {"id": "ok1", "body": "Fine."}

                {"id": "broken", "body": }
                {"id": "nobody", "title": "No text"}
                {"id": "headline-only", "title": "Dam breaks", "body": ""}
                {"id": "nothing", "title": " ", "body": ""}
                {"id": "baddate", "published": "06/01/2022", "body": "Text."}
                {"id": "list", "title": ["a"], "body": "Text."}
                ["not", "an", "object"]
                {"id": "dup", "id": "again", "body": "Text."}
                {"id": "ok2", "body": "Also fine."} trailing
                {"id": "ok3", "body": "Fine too."}
                """);

        Inputs.Read read = Inputs.read(file);

        assertThat(read.articles()).extracting(ParsedArticle::id).containsExactly("ok1", "headline-only", "ok3");
        assertThat(read.articles().get(1).body()).isEmpty();
        assertThat(read.messages()).containsExactly(
                file + ":3: malformed JSON: Unexpected character ('}' (code 125)): expected a valid value"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false') at column 26",
                file + ":4: missing body: no \"body\" or \"text\" field",
                file + ":6: missing body: empty body and no title",
                file + ":7: unparseable date: \"06/01/2022\" in \"published\" (expected an ISO date or date-time,"
                        + " e.g. 2022-01-06 or 2022-01-06T14:30:00Z)",
                file + ":8: invalid field: \"title\" must be a string, got array",
                file + ":9: malformed JSON: expected one JSON object a line, got array",
                file + ":10: malformed JSON: Duplicate field 'id' at column 19",
                file + ":11: malformed JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array,"
                        + " Object or token 'null', 'true' or 'false') at column 37");
        assertThat(read.rejections()).extracting(Rejection::reason).containsExactly(
                RejectReason.MALFORMED_JSON, RejectReason.MISSING_BODY, RejectReason.MISSING_BODY,
                RejectReason.UNPARSEABLE_DATE,
                RejectReason.INVALID_FIELD, RejectReason.MALFORMED_JSON, RejectReason.MALFORMED_JSON,
                RejectReason.MALFORMED_JSON);
    }

    @Test
    void theProcessorsRulesRefuseWhatTheProcessorWouldDeadLetter() {
        Path file = Inputs.write(dir.resolve("rules.jsonl"), """
                {"id": "number", "body": 42}
                {"id": "numbered-title", "title": 7, "body": "Text."}
                {"id": "html-title", "title": "<b>Breaking</b> news", "body": "Text."}
                {"id": "ok", "body": "Fine."}
                """);

        Inputs.Read read = Inputs.read(file);

        assertThat(read.articles()).extracting(ParsedArticle::id).containsExactly("ok");
        assertThat(read.messages()).containsExactly(
                file + ":1: invalid field: \"body\" must be a string, got number",
                file + ":2: invalid field: \"title\" must be a string, got number",
                file + ":3: raw HTML: the title holds HTML markup (<b> at character 1); reduce it to text first");
        assertThat(read.rejections()).extracting(Rejection::reason).containsExactly(RejectReason.INVALID_FIELD,
                RejectReason.INVALID_FIELD, RejectReason.RAW_HTML);
    }

    @Test
    void invalidUtf8OnOneLineDoesNotStopTheOthers() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a\", \"body\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // the first byte of a two-byte sequence, cut short by the quote
        bytes.writeBytes("\"}\r\n{\"id\": \"b\", \"body\": \"café\"}\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = Inputs.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());

        Inputs.Read read = Inputs.read(file);

        assertThat(read.messages()).containsExactly(file + ":1: invalid UTF-8: byte 0xC3 at column 25");
        assertThat(read.only().body()).isEqualTo("café");
    }

    @Test
    void anEmptyJsonLinesFileIsRejected() {
        Path file = Inputs.write(dir.resolve("empty.jsonl"), "\n\n");

        assertThat(Inputs.read(file).messages()).containsExactly(file + ":1: empty file: no JSON Lines records");
    }

    @Test
    void htmlBodiesAreStripped() {
        Path file = Inputs.write(dir.resolve("html.ndjson"),
                "{\"id\": \"h\", \"body\": \"<p>First &quot;para&quot;.</p><p>Second<br>line.</p>\"}\n");

        ParsedArticle article = Inputs.read(file).only();

        assertThat(article.htmlStripped()).isTrue();
        assertThat(article.body()).isEqualTo("First \"para\".\nSecond\nline.");
    }

    @Test
    void stdinIsJsonLinesNamedDash() {
        Inputs.Read read = Inputs.readStdin("{\"id\": \"s1\", \"body\": \"One.\"}\n{oops}\n");

        assertThat(read.only().position()).isEqualTo(new SourcePosition("-", 1));
        assertThat(read.messages()).hasSize(1).first().asString().startsWith("-:2: malformed JSON: ");
    }

    @Test
    void aBodyOverTheLimitIsRejected() {
        Path file = Inputs.write(dir.resolve("big.jsonl"), "{\"id\": \"big\", \"body\": \"" + "é".repeat(60) + "\"}\n");
        ArticleReader reader = new ArticleReader(100, () -> null);

        assertThat(Inputs.read(reader, List.of(file.toString())).messages()).containsExactly(file
                + ":1: body over the size limit: body is 120 bytes, over the limit of 100 bytes (--max-body-bytes)");
    }

    @Test
    void aLineTooLongToHoldABodyUnderTheLimitIsSkippedUnparsed() {
        Path file = Inputs.write(dir.resolve("long.jsonl"), "{\"body\": \"" + "x".repeat(70_000) + "\"}\n"
                + "{\"id\": \"next\", \"body\": \"Short.\"}\n");
        ArticleReader reader = new ArticleReader(100, () -> null);

        Inputs.Read read = Inputs.read(reader, List.of(file.toString()));

        assertThat(read.messages()).containsExactly(file + ":1: body over the size limit: line is 70012 bytes,"
                + " over the limit of 66136 bytes for one line");
        assertThat(read.only().id()).isEqualTo("next");
    }
}
