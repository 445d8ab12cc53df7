package io.factwire.schemas.registry;

/** The registry refused a schema because it breaks the subject's compatibility level (HTTP 409). */
public class IncompatibleSchemaException extends SchemaRegistryException {
    public IncompatibleSchemaException(String subject, String reason) {
        super("schema for subject " + subject + " is incompatible with the latest version: " + reason, 409, null);
    }
}
