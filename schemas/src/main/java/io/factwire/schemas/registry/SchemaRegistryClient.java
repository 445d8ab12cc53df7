package io.factwire.schemas.registry;

import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The part of the Confluent schema registry REST API the serdes and the operators need. Two implementations:
 * {@link RestSchemaRegistryClient} for a real registry (Confluent or Apicurio's ccompat API) and
 * {@link MockSchemaRegistryClient} for in-JVM tests ({@code schema.registry.url=mock://<scope>}).
 *
 * <p>Every method throws a {@link SchemaRegistryException} (or a subclass) with a message naming the registry
 * and the subject, schema id or version involved. Implementations are thread-safe.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its global schema id. */
    int register(String subject, Schema schema);

    /** The schema with this global id; {@link SchemaNotFoundException} if the registry has no such id. */
    Schema getById(int id);

    /** The latest version of a subject; {@link SchemaNotFoundException} if the subject has none. */
    RegisteredSchema getLatest(String subject);

    /** One version of a subject; {@link SchemaNotFoundException} if it does not exist. */
    RegisteredSchema getVersion(String subject, int version);

    /** The version of {@code subject} whose schema is {@code schema}, if it was registered there. */
    Optional<RegisteredSchema> lookup(String subject, Schema schema);

    /** Whether {@code schema} could be registered under {@code subject} given the subject's compatibility level. */
    CompatibilityReport testCompatibility(String subject, Schema schema);

    /** The compatibility level in force for a subject (its own, else the registry's global level). */
    CompatibilityLevel getConfig(String subject);

    /** Sets a subject's compatibility level and returns the level the registry now reports. */
    CompatibilityLevel updateConfig(String subject, CompatibilityLevel level);

    /** Where this client talks to, for error messages: the base URL, or {@code mock://scope}. */
    String location();

    @Override
    default void close() {}
}
