package io.factwire.schemas.registry;

import java.util.List;

/** The answer to a compatibility check: whether the schema may be registered, and the registry's reasons if not. */
public record CompatibilityReport(boolean compatible, List<String> messages) {
    public CompatibilityReport {
        messages = List.copyOf(messages);
    }

    public static CompatibilityReport ok() {
        return new CompatibilityReport(true, List.of());
    }
}
