package io.factwire.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs one of the Python gold-set scorers ({@code python3 SCRIPT ARGS...}) and reads figures from what it prints. */
final class PythonScorer {

    private static final long TIMEOUT_SECONDS = 60;

    private PythonScorer() {
    }

    /** Whether {@code python3} can be run at all. */
    static boolean available() {
        try {
            Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the scorer; a non-zero exit status fails with everything it printed. */
    static Output run(Path script, Path... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        for (Path arg : args) command.add(arg.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // The scorers print a few lines: reading to the end before waiting cannot block on a full pipe.
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + printed);
        }
        return new Output(script.getFileName().toString(), printed);
    }

    /** What a scorer printed. */
    record Output(String scorer, String printed) {

        /** The number in group 1 of the first match of {@code regex}; fails naming the scorer when there is none. */
        double decimal(String regex) {
            Matcher matcher = Pattern.compile(regex).matcher(printed);
            if (!matcher.find()) {
                throw new AssertionError(scorer + " printed no figure matching " + regex + ":\n" + printed);
            }
            return Double.parseDouble(matcher.group(1));
        }

        @Override
        public String toString() {
            return scorer + ": " + printed.replace("\n", "\n  ");
        }
    }
}
