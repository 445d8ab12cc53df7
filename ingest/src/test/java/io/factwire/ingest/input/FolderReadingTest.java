package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderReadingTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsReadRecursivelyInSortedOrderSkippingHiddenAndBackupFilesAndItsReadme() {
        Path root = dir.resolve("in");
        Inputs.write(root.resolve("b.txt"), "Text b.");
        Inputs.write(root.resolve("a.txt"), "Text a.");
        Inputs.write(root.resolve("sub/c.jsonl"), """
                {"id": "c1", "body": "C1."}
                {"id": "c2", "body": "C2."}
                """);
        Inputs.write(root.resolve("sub/a.txt"), "Text sub a.");
        Inputs.write(root.resolve(".hidden.txt"), "Never read.");
        Inputs.write(root.resolve(".git/x.txt"), "Never read.");
        Inputs.write(root.resolve("a.txt~"), "Never read.");
        Inputs.write(root.resolve("README.md"), "What this folder holds: never read as an article.");
        Inputs.write(root.resolve("sub/readme.txt"), "Never read either.");

        Inputs.Read read = Inputs.read(root);

        assertThat(read.rejections()).isEmpty();
        assertThat(read.articles()).extracting(ParsedArticle::id).containsExactly("a", "b", "a", "c1", "c2");
        assertThat(read.articles()).extracting(article -> article.position().toString()).containsExactly(
                root.resolve("a.txt") + ":1", root.resolve("b.txt") + ":1", root.resolve("sub/a.txt") + ":1",
                root.resolve("sub/c.jsonl") + ":1", root.resolve("sub/c.jsonl") + ":2");
    }

    @Test
    void severalPathsAreReadInTheOrderGiven() {
        Path second = Inputs.write(dir.resolve("z.txt"), "Zed.");
        Path first = Inputs.write(dir.resolve("y.jsonl"), "{\"id\": \"y\", \"body\": \"Why.\"}\n");

        assertThat(Inputs.read(second, first).articles()).extracting(ParsedArticle::id).containsExactly("z", "y");
    }

    @Test
    void anEmptyFolderIsReported() {
        Path empty = dir.resolve("empty");
        Inputs.write(empty.resolve(".keep"), "");

        assertThat(Inputs.read(empty).messages()).containsExactly(empty + ": empty folder: no article files in it");
    }

    @Test
    void filesAreOpenedOnlyWhenTheStreamReachesThem() {
        Path file = Inputs.write(dir.resolve("late.txt"), "Late.");
        List<Rejection> rejections = new java.util.ArrayList<>();

        try (var articles = new ArticleReader().read(List.of(dir.resolve("gone.txt").toString(), file.toString()),
                rejections::add)) {
            assertThat(rejections).isEmpty();
            assertThat(articles.limit(1).toList()).extracting(ParsedArticle::id).containsExactly("late");
        }
        assertThat(rejections).hasSize(1);
    }
}
