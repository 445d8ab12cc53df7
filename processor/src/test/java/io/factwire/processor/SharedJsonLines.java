package io.factwire.processor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** JSON Lines files of ../shared (the corpus, the labelled sets): a test skips with a message when one is absent. */
public final class SharedJsonLines {

    /** What one line becomes; {@code where} is {@code file:line}, for error messages and article sources. */
    @FunctionalInterface
    public interface Row<T> {
        T read(JsonNode row, String where);
    }

    private SharedJsonLines() {}

    /** The shared folder: {@code -Dfactwire.shared}, set by the build, else ../shared. */
    public static Path shared() {
        Path shared = Path.of(System.getProperty("factwire.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared), "skipped: shared material not found at " + shared.toAbsolutePath()
                + " (set -Dfactwire.shared)");
        return shared;
    }

    /** Every non-blank line of {@code relative} (under the shared folder), read in file order. */
    public static <T> List<T> read(String relative, Row<T> reader) {
        Path file = shared().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "skipped: " + file.toAbsolutePath() + " not found");
        ObjectMapper json = new ObjectMapper();
        List<T> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) rows.add(reader.read(json.readTree(lines.get(i)), file + ":" + (i + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }
}
