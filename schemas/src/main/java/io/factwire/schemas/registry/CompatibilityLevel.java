package io.factwire.schemas.registry;

/**
 * Subject compatibility levels as the Confluent API names them. BACKWARD: consumers using the new schema can
 * read data written with the previous one (the level factwire's subjects use).
 */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    boolean checksBackward() {
        return this == BACKWARD || this == BACKWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    boolean checksForward() {
        return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    boolean transitive() {
        return name().endsWith("_TRANSITIVE");
    }
}
