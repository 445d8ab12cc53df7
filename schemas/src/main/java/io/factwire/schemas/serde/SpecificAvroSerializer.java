package io.factwire.schemas.serde;

import io.factwire.schemas.registry.AvroCompatibility;
import io.factwire.schemas.registry.RegisteredSchema;
import io.factwire.schemas.registry.SchemaRegistryClient;
import io.factwire.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated SpecificRecords, or GenericRecords) in Confluent's wire format, registering
 * or looking up their schema under the subject {@code <topic>-value} (or {@code -key}). A null record is a
 * tombstone and stays null. Thread-safe once configured.
 */
public class SpecificAvroSerializer<T extends IndexedRecord> implements Serializer<T> {
    static {
        GeneratedClassTrust.ensureInstalled();
    }

    private SchemaRegistryClient registry;
    private boolean ownsRegistry;
    private boolean isKey;
    private boolean autoRegister = true;
    private boolean useLatestVersion;
    private final Map<String, Map<Schema, RecordEncoder>> encodersBySubject = new ConcurrentHashMap<>();

    /** For Kafka's class-name instantiation: the registry client comes from {@link #configure}. */
    public SpecificAvroSerializer() {}

    /** Uses {@code registry} (which the caller closes) instead of creating a client from the configs. */
    public SpecificAvroSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(new AvroSerdeConfig(configs), isKey, null);
    }

    /** Configures with a client shared with a deserializer (see {@link SpecificAvroSerde}), when not null. */
    void configure(AvroSerdeConfig config, boolean isKey, SchemaRegistryClient shared) {
        this.isKey = isKey;
        this.autoRegister = config.autoRegisterSchemas();
        this.useLatestVersion = config.useLatestVersion();
        if (shared != null) {
            registry = shared;
            ownsRegistry = false;
        } else if (registry == null) {
            registry = config.newRegistryClient();
            ownsRegistry = true;
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) return null;
        if (registry == null) throw new IllegalStateException("SpecificAvroSerializer used before configure()");
        Schema schema = record.getSchema();
        String subject = WireFormat.subject(topic, isKey);
        RecordEncoder encoder = encodersBySubject
                .computeIfAbsent(subject, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(schema, s -> encoderFor(topic, subject, s));
        try {
            return encoder.encode(record);
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException invalid) {
            // Avro reports a null in a non-null field as an NPE and a wrong Java type as a ClassCastException.
            throw new SerializationException("could not write a " + schema.getFullName() + " to topic " + topic
                    + " as Avro (schema id " + encoder.schemaId() + "): " + invalid, invalid);
        }
    }

    private RecordEncoder encoderFor(String topic, String subject, Schema schema) {
        try {
            if (useLatestVersion) return latestVersionEncoder(topic, subject, schema);
            if (autoRegister) return RecordEncoder.ownSchema(registry.register(subject, schema), schema);
            RegisteredSchema registered = registry.lookup(subject, schema).orElseThrow(() -> new SerializationException(
                    "schema of " + schema.getFullName() + " is not registered under subject " + subject + " in registry "
                            + registry.location() + ", and " + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS + " is false"));
            return RecordEncoder.ownSchema(registered.id(), schema);
        } catch (SchemaRegistryException failed) {
            throw new SerializationException("could not get a schema id for a " + schema.getFullName()
                    + " written to topic " + topic + " (subject " + subject + "): " + failed.getMessage(), failed);
        }
    }

    private RecordEncoder latestVersionEncoder(String topic, String subject, Schema schema) {
        RegisteredSchema latest = registry.getLatest(subject);
        List<String> problems = AvroCompatibility.readProblems(latest.schema(), schema);
        if (!problems.isEmpty()) {
            throw new SerializationException("cannot write a " + schema.getFullName() + " to topic " + topic
                    + " with the latest version " + latest.version() + " of subject " + subject + " (schema id "
                    + latest.id() + ", " + AvroSerdeConfig.USE_LATEST_VERSION + "=true): " + String.join("; ", problems));
        }
        return RecordEncoder.asSchema(latest.id(), schema, latest.schema());
    }

    @Override
    public void close() {
        if (ownsRegistry && registry != null) registry.close();
    }
}
