package io.factwire.schemas.registry;

/** The registry has no such schema id, subject or version (HTTP 404). */
public class SchemaNotFoundException extends SchemaRegistryException {
    public SchemaNotFoundException(String message) {
        super(message, 404, null);
    }
}
