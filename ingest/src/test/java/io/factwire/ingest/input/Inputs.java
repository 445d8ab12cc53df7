package io.factwire.ingest.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write small inputs, read them back with the reader, collect articles and rejections. */
final class Inputs {

    /** What one read produced. */
    record Read(List<ParsedArticle> articles, List<Rejection> rejections) {
        List<String> messages() {
            return rejections.stream().map(Rejection::toString).toList();
        }

        ParsedArticle only() {
            if (articles.size() != 1) {
                throw new AssertionError("expected one article, got " + articles + " and " + rejections);
            }
            return articles.getFirst();
        }
    }

    private Inputs() {
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(Path... paths) {
        return read(new ArticleReader(), List.of(paths).stream().map(Path::toString).toList());
    }

    static Read read(ArticleReader reader, List<String> paths) {
        List<Rejection> rejections = new ArrayList<>();
        try (var articles = reader.read(paths, rejections::add)) {
            return new Read(articles.toList(), rejections);
        }
    }

    static Read readStdin(String jsonLines) {
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BODY_BYTES,
                () -> new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)));
        return read(reader, List.of("-"));
    }
}
