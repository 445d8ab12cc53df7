package io.factwire.extractor.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.extractor.ArticleText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    @Test
    void seedsFormatWithDateMarkerAndTitle() {
        ArticleText a = ArticleFiles.parseArticleFile("007_ab", " date 2022-01-06 Quake hits coast\nFour died.");
        assertThat(a.id()).isEqualTo("007_ab");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 6));
        assertThat(a.title()).isEqualTo("Quake hits coast");
        assertThat(a.body()).isEqualTo("Four died.");
        assertThat(a.fullText()).isEqualTo("Quake hits coast\n\nFour died.");
    }

    @Test
    void aFirstLineThatIsASentenceIsNoTitle() {
        ArticleText a = ArticleFiles.parseArticleFile("x", "The quake struck at dawn.\nFour died.");
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.fullText()).isEqualTo("The quake struck at dawn.\nFour died.");
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrder() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "Second article.");
        Files.writeString(dir.resolve("1.txt"), "First article.");
        Files.writeString(dir.resolve(".hidden"), "skipped");
        assertThat(ArticleFiles.read(errors::add, dir)).extracting(ArticleText::id).containsExactly("1", "2");
        assertThat(errors).isEmpty();
    }

    @Test
    void jsonLinesWithBadLinesReportedByPosition() throws Exception {
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"a\",\"title\":\"T\",\"body\":\"B\",\"published\":\"2013-07-02\"}",
                "",
                "{\"id\":\"b\",\"text\":\"Only text\",\"published\":\"2013-07-02T10:15:00Z\"}",
                "not json",
                "{\"title\":\"no id\",\"body\":\"x\"}",
                "{\"id\":\"c\"}",
                "{\"id\":\"d\",\"body\":\"x\",\"published\":\"July 2\"}",
                "[1,2]"));
        List<ArticleText> articles = ArticleFiles.read(errors::add, jsonl);
        assertThat(articles).extracting(ArticleText::id).containsExactly("a", "b");
        assertThat(articles.get(1).body()).isEqualTo("Only text");
        assertThat(articles.get(1).published()).isEqualTo(LocalDate.of(2013, 7, 2));
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).startsWith(jsonl + ":4: not JSON");
        assertThat(errors.get(1)).isEqualTo(jsonl + ":5: no \"id\"");
        assertThat(errors.get(2)).isEqualTo(jsonl + ":6: no \"body\" or \"text\"");
        assertThat(errors.get(3)).startsWith(jsonl + ":7: \"published\" is not an ISO date");
        assertThat(errors.get(4)).isEqualTo(jsonl + ":8: not a JSON object");
    }

    @Test
    void unreadableInputsAreReported() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        ArticleFiles.read(errors::add, dir.resolve("missing"), empty, latin1);
        assertThat(errors).containsExactly(dir.resolve("missing") + ": no such file or folder",
                empty + ": empty article", latin1 + ": not UTF-8 text");
    }

    @Test
    void standardInputIsJsonLines() {
        List<ArticleText> articles = new ArrayList<>();
        ArticleFiles.readJsonLines(new ByteArrayInputStream("{\"id\":\"s\",\"body\":\"x\"}\n".getBytes(
                StandardCharsets.UTF_8)), ArticleFiles.STDIN, articles::add, errors::add);
        assertThat(articles).extracting(ArticleText::id).containsExactly("s");
    }
}
