package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages form no cycle: a stage may use the shared packages (config, serde) and the stages
 * after it, never the root that wires them, and no two stages use each other. Read from the sources (imports and
 * qualified names), so it needs no compiled classes.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.factwire\\.processor(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = packageDependencies();
        assertThat(uses).as("packages read from " + SOURCES.toAbsolutePath()).containsKey("io.factwire.processor");
        List<List<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> cycle = pathBack(uses, start, start, new ArrayList<>(List.of(start)), new HashSet<>());
            if (cycle != null) cycles.add(cycle);
        }
        assertThat(cycles).as("package cycles (each listed from every package on it)").isEmpty();
    }

    private static Map<String, Set<String>> packageDependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) return;
                String own = declared.group(1);
                Set<String> used = uses.computeIfAbsent(own, key -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(source);
                while (reference.find()) {
                    if (!reference.group(1).equals(own)) used.add(reference.group(1));
                }
            });
        }
        return uses;
    }

    /** A path from {@code at} back to {@code start}, or null. */
    private static List<String> pathBack(Map<String, Set<String>> uses, String start, String at, List<String> path,
                                         Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = pathBack(uses, start, next, path, seen);
                if (found != null) return found;
                path.removeLast();
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
