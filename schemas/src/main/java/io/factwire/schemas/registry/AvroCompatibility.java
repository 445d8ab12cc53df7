package io.factwire.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/** Compatibility rules of a registry subject, evaluated locally with Avro's reader/writer resolution. */
public final class AvroCompatibility {
    private AvroCompatibility() {}

    /**
     * Why {@code candidate} may not follow {@code existing} (oldest first) under {@code level}; empty when it may.
     * Non-transitive levels compare with the latest version only, like the registries do.
     */
    public static List<String> problems(CompatibilityLevel level, Schema candidate, List<Schema> existing) {
        if (existing.isEmpty() || level == CompatibilityLevel.NONE) return List.of();
        List<Schema> compared = level.transitive() ? existing : existing.subList(existing.size() - 1, existing.size());
        List<String> problems = new ArrayList<>();
        for (Schema previous : compared) {
            if (level.checksBackward()) problems.addAll(readProblems(candidate, previous));
            if (level.checksForward()) problems.addAll(readProblems(previous, candidate));
        }
        return problems;
    }

    /** Why a reader with schema {@code reader} cannot decode data written with {@code writer}; empty when it can. */
    public static List<String> readProblems(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities()
                .stream()
                .map(AvroCompatibility::describe)
                .toList();
    }

    private static String describe(Incompatibility incompatibility) {
        return incompatibility.getType() + " at " + incompatibility.getLocation() + ": " + incompatibility.getMessage();
    }
}
