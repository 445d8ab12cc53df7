package io.factwire.schemas.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/** One version of a subject: what {@code GET /subjects/{subject}/versions/{version}} returns. */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {
    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
