package io.factwire.stack;

/** Where the Apicurio registry keeps schemas. */
public enum RegistryStorage {
    /** An in-memory H2 database inside the registry process: schemas vanish with it (tests). */
    IN_MEMORY,
    /** A journal topic in the stack's own Kafka: schemas survive restarts along with the topics (demo). */
    KAFKASQL
}
