package io.factwire.extractor.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.extractor.ArticleText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads articles for offline extraction (no Kafka): single article files in the seeds' format, folders of them
 * (recursively, in sorted order), JSON Lines files, and {@code -} for JSON Lines on standard input.
 *
 * <p>A seeds-format file is an optional leading {@code date YYYY-MM-DD} marker, then the text; its first line is
 * the title when it reads like one (short, no final punctuation, more text after it). A JSON Lines record has
 * {@code id}, optional {@code title}, {@code body} (or {@code text}) and optional {@code published} (ISO date or
 * date-time). Every input that cannot be read is reported to the caller's error sink as {@code path:line: reason}
 * (or {@code path: reason}); nothing is dropped silently.
 */
public final class ArticleFiles {
    /** Standard input, as a path argument. */
    public static final String STDIN = "-";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE_MARKER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
    private static final int MAX_TITLE_CHARS = 120;

    private ArticleFiles() {
    }

    /** Reads every article of the given paths into a list; problems go to {@code errors}. */
    public static List<ArticleText> read(Consumer<String> errors, Path... paths) {
        List<ArticleText> articles = new ArrayList<>();
        forEach(List.of(paths), articles::add, errors);
        return articles;
    }

    /** Streams the articles of the given paths, in order, to {@code articles}; problems go to {@code errors}. */
    public static void forEach(List<Path> paths, Consumer<ArticleText> articles, Consumer<String> errors) {
        for (Path path : paths) {
            if (path.toString().equals(STDIN)) {
                readJsonLines(System.in, STDIN, articles, errors);
            } else if (Files.isDirectory(path)) {
                readFolder(path, articles, errors);
            } else if (Files.isRegularFile(path)) {
                readFile(path, articles, errors);
            } else {
                errors.accept(path + ": no such file or folder");
            }
        }
    }

    /** Reads JSON Lines from a stream; {@code name} is how errors name the input. */
    public static void readJsonLines(InputStream in, String name, Consumer<ArticleText> articles,
                                     Consumer<String> errors) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    readJsonLine(line, name + ":" + number, articles, errors);
                }
            }
        } catch (IOException e) {
            errors.accept(name + ": " + describe(e));
        }
    }

    /** Parses one article file in the seeds' format; {@code id} is the file name without extension. */
    public static ArticleText parseArticleFile(String id, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        LocalDate published = null;
        Matcher marker = DATE_MARKER.matcher(text);
        if (marker.find()) {
            published = LocalDate.parse(marker.group(1));
            text = text.substring(marker.end());
        }
        int firstBreak = text.indexOf('\n');
        if (firstBreak > 0) {
            String firstLine = text.substring(0, firstBreak).strip();
            String rest = text.substring(firstBreak + 1).strip();
            if (readsLikeTitle(firstLine) && !rest.isEmpty()) {
                return new ArticleText(id, firstLine, rest, published);
            }
        }
        return new ArticleText(id, null, text.strip(), published);
    }

    private static boolean readsLikeTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_CHARS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?;:,)".indexOf(last) < 0;
    }

    private static void readFolder(Path folder, Consumer<ArticleText> articles, Consumer<String> errors) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            errors.accept(folder + ": cannot list the folder: " + describe(e));
            return;
        }
        files.forEach(file -> readFile(file, articles, errors));
    }

    private static void readFile(Path file, Consumer<ArticleText> articles, Consumer<String> errors) {
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl")) {
            try (InputStream in = Files.newInputStream(file)) {
                readJsonLines(in, file.toString(), articles, errors);
            } catch (IOException e) {
                errors.accept(file + ": " + describe(e));
            }
            return;
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            errors.accept(file + ": not UTF-8 text");
            return;
        } catch (IOException e) {
            errors.accept(file + ": " + describe(e));
            return;
        }
        if (content.isBlank()) {
            errors.accept(file + ": empty article");
            return;
        }
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        try {
            articles.accept(parseArticleFile(id, content));
        } catch (DateTimeParseException e) {
            errors.accept(file + ":1: bad date marker: " + e.getParsedString());
        }
    }

    private static void readJsonLine(String line, String where, Consumer<ArticleText> articles,
                                     Consumer<String> errors) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            errors.accept(where + ": not JSON: " + e.getOriginalMessage());
            return;
        }
        if (record == null || !record.isObject()) {
            errors.accept(where + ": not a JSON object");
            return;
        }
        String id = text(record, "id");
        String body = text(record, "body") != null ? text(record, "body") : text(record, "text");
        if (id == null || id.isBlank()) {
            errors.accept(where + ": no \"id\"");
        } else if (body == null) {
            errors.accept(where + ": no \"body\" or \"text\"");
        } else {
            try {
                articles.accept(new ArticleText(id, text(record, "title"), body, date(text(record, "published"))));
            } catch (DateTimeParseException e) {
                errors.accept(where + ": \"published\" is not an ISO date or date-time: " + e.getParsedString());
            }
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        return iso.length() <= 10 ? LocalDate.parse(iso) : parseDateTime(iso);
    }

    private static LocalDate parseDateTime(String iso) {
        try {
            return OffsetDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(iso).toLocalDate();
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
