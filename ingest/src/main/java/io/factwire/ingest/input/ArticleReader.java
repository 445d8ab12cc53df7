package io.factwire.ingest.input;

import io.factwire.schemas.ArticleContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns input paths into a lazy, ordered stream of articles with their source positions. A path is a file in
 * the seeds' format, a JSON Lines file ({@code .jsonl} or {@code .ndjson}), a folder (read recursively in
 * sorted order, hidden and backup files skipped) or {@code -} for JSON Lines on stdin. Inputs that cannot
 * become articles go to the {@link RejectSink}; the stream carries on with the rest.
 *
 * <p>Files are opened one at a time as the stream reaches them; close the stream to release the current one.
 */
public final class ArticleReader {

    public static final long DEFAULT_MAX_BODY_BYTES = ArticleContent.MAX_BODY_BYTES;
    public static final String STDIN = "-";

    /** A text file may exceed the body limit by its date marker and title. */
    private static final long SLACK_FOR_DATE_AND_TITLE = 4096;

    private final BodyText bodies;
    private final Supplier<InputStream> stdin;
    private final TextArticleParser textParser;
    private final JsonLineParser jsonParser;

    public ArticleReader() {
        this(DEFAULT_MAX_BODY_BYTES, () -> System.in);
    }

    /**
     * @param maxBodyBytes largest accepted body, in UTF-8 bytes as it arrives
     * @param stdin        what {@code -} reads
     */
    public ArticleReader(long maxBodyBytes, Supplier<InputStream> stdin) {
        this.bodies = new BodyText(maxBodyBytes);
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.textParser = new TextArticleParser(bodies);
        this.jsonParser = new JsonLineParser(bodies);
    }

    /** The articles of every path, in the order given (folders expanded in sorted order). */
    public Stream<ParsedArticle> read(List<String> paths, RejectSink rejects) {
        return paths.stream().flatMap(path -> readPath(path, rejects));
    }

    /** The articles of one file, chosen by extension: JSON Lines or the seeds' format. */
    public Stream<ParsedArticle> readFile(Path file, RejectSink rejects) {
        return readFile(file, file.toString(), rejects);
    }

    /** The article files under {@code folder}, at any depth, in a stable order (sorted by relative path). */
    public static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> Files.isRegularFile(path) && isArticleFile(folder, path))
                    .sorted()
                    .toList();
        }
    }

    static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private Stream<ParsedArticle> readPath(String path, RejectSink rejects) {
        if (path.equals(STDIN)) {
            return jsonLines(STDIN, new Utf8LineReader(stdin.get(), maxLineBytes()), rejects);
        }
        Path file = Path.of(path);
        if (Files.isDirectory(file)) {
            return readFolder(file, path, rejects);
        }
        return readFile(file, path, rejects);
    }

    private Stream<ParsedArticle> readFolder(Path folder, String shownAs, RejectSink rejects) {
        List<Path> files;
        try {
            files = filesUnder(folder);
        } catch (IOException e) {
            return unreadable(shownAs, e, rejects);
        }
        if (files.isEmpty()) {
            rejects.reject(new Rejection(SourcePosition.wholeInput(shownAs), RejectReason.EMPTY_FOLDER,
                    RejectReason.EMPTY_FOLDER.label() + ": no article files in it"));
        }
        return files.stream().flatMap(file -> readFile(file, file.toString(), rejects));
    }

    private Stream<ParsedArticle> readFile(Path file, String shownAs, RejectSink rejects) {
        try {
            if (isJsonLines(file)) {
                return jsonLines(shownAs, new Utf8LineReader(Files.newInputStream(file), maxLineBytes()), rejects);
            }
            return textArticle(file, shownAs, rejects);
        } catch (IOException e) {
            return unreadable(shownAs, e, rejects);
        }
    }

    private Stream<ParsedArticle> textArticle(Path file, String shownAs, RejectSink rejects) throws IOException {
        SourcePosition position = new SourcePosition(shownAs, 1);
        try {
            long size = Files.size(file);
            if (size > bodies.maxBodyBytes() + SLACK_FOR_DATE_AND_TITLE) {
                // Refused unread: its body alone is over the limit, whatever the date marker and title take.
                throw new InputRejected(RejectReason.BODY_TOO_LARGE, "file is " + size + " bytes, over the body"
                        + " limit of " + bodies.maxBodyBytes() + " bytes (--max-body-bytes)");
            }
            return Stream.of(textParser.parse(idOf(file), position, Files.readAllBytes(file)));
        } catch (InputRejected rejected) {
            rejects.reject(rejected.at(position));
            return Stream.empty();
        }
    }

    private Stream<ParsedArticle> jsonLines(String shownAs, Utf8LineReader lines, RejectSink rejects) {
        JsonLinesSpliterator articles = new JsonLinesSpliterator(shownAs, lines, jsonParser, rejects);
        return StreamSupport.stream(articles, false).onClose(articles::close);
    }

    private static Stream<ParsedArticle> unreadable(String shownAs, IOException e, RejectSink rejects) {
        String why = e instanceof NoSuchFileException ? "no such file or directory" : String.valueOf(e.getMessage());
        rejects.reject(new Rejection(SourcePosition.wholeInput(shownAs), RejectReason.UNREADABLE,
                RejectReason.UNREADABLE.label() + ": " + why));
        return Stream.empty();
    }

    /** Room for a JSON line's other fields and escapes: {@code \}uXXXX takes six bytes for one character. */
    private long maxLineBytes() {
        return 6 * bodies.maxBodyBytes() + 64 * 1024;
    }

    /** A text article's id: its file name without the extension. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * True for the files a folder read (or a follow) picks up under {@code root}: not hidden and not inside a
     * hidden folder (such as {@code .git}), not an editor's backup ({@code name~}), and not the folder's README
     * (any case, any extension): by convention it describes the folder, it is not one of its articles. A README
     * given as a path of its own is read like any file.
     */
    static boolean isArticleFile(Path root, Path file) {
        boolean readme = !file.equals(root) && idOf(file).equalsIgnoreCase("readme");
        if (readme || file.getFileName().toString().endsWith("~")) {
            return false;
        }
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
