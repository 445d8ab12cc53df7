package io.factwire.app.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The table a fault-suite run ends with, and the same as JSON ({@code --json}). */
final class ChaosReport {

    private ChaosReport() {
    }

    static void print(ChaosRun.Result result, String command, PrintStream out) {
        out.println();
        out.println("chaos: " + command);
        out.println("| check | holds | detail |");
        out.println("| --- | --- | --- |");
        for (ChaosChecks.Check check : result.checks().checks()) {
            out.printf("| %s | %s | %s |%n", check.name(), check.holds() ? "yes" : "NO", check.detail());
        }
        out.printf("| no unplanned processor exit | %s | %d%s |%n", result.unplannedExits().isEmpty() ? "yes" : "NO",
                result.unplannedExits().size(), result.unplannedExits().isEmpty() ? "" : ": " + result.unplannedExits());
        if (result.settings().expected() == null) {
            out.println("| final facts, events, duplicates equal an uninterrupted run's | not checked | --expect-state with the "
                    + FinalState.FILE + " of a run of the same seed with --kills 0 --bounces 0 |");
        }
        out.println();
        if (!result.kills().isEmpty()) {
            out.println("| kill | at (s) | lag at kill | RUNNING again (s) | committing again (s) |");
            out.println("| --- | --- | --- | --- | --- |");
            for (ChaosRun.Kill kill : result.kills()) {
                out.printf(Locale.ROOT, "| %d | %.1f | %d | %.1f | %s |%n", kill.number(), kill.atSeconds(), kill.lagAtKill(),
                        kill.readySeconds(), kill.processingSeconds() < 0 ? "idle" : String.format(Locale.ROOT, "%.1f", kill.processingSeconds()));
            }
            double[] ready = result.kills().stream().mapToDouble(ChaosRun.Kill::readySeconds).sorted().toArray();
            double[] processing = result.kills().stream().mapToDouble(ChaosRun.Kill::processingSeconds).filter(s -> s >= 0).sorted().toArray();
            out.printf(Locale.ROOT, "restart to RUNNING: p50 %.1f s, max %.1f s; kill to committing again: p50 %s, max %s; "
                            + "downtime in all %.1f s of %.1f s%n",
                    percentile(ready, 0.5), ready[ready.length - 1],
                    processing.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f s", percentile(processing, 0.5)),
                    processing.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f s", processing[processing.length - 1]),
                    Arrays.stream(processing).sum(), result.seconds());
        }
        for (ChaosRun.Bounce bounce : result.bounces()) {
            out.printf(Locale.ROOT, "broker bounce %d: broker %d, %s at %.1f s, down %.1f s%n", bounce.number(), bounce.broker(),
                    bounce.how(), bounce.atSeconds(), bounce.downSeconds());
        }
        out.println("counts: " + result.checks().counts());
        out.println(holds(result) ? "chaos: every check holds" : "chaos: FAILED: a check does not hold");
    }

    static boolean holds(ChaosRun.Result result) {
        return result.checks().allHold() && result.unplannedExits().isEmpty();
    }

    static void writeJson(ChaosRun.Result result, String command, Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", command);
        json.put("seed", result.settings().seed());
        json.put("holds", holds(result));
        json.put("seconds", result.seconds());
        json.put("checks", result.checks().checks());
        json.put("counts", result.checks().counts());
        json.put("kills", result.kills());
        json.put("bounces", result.bounces());
        json.put("unplannedExits", result.unplannedExits());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    static List<Double> list(double... values) {
        return Arrays.stream(values).boxed().toList();
    }
}
