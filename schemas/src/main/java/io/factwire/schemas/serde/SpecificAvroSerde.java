package io.factwire.schemas.serde;

import io.factwire.schemas.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro classes in Confluent's wire format, configured with Confluent's keys
 * ({@link AvroSerdeConfig}). Like Confluent's SpecificAvroSerde it always reads generated classes
 * ({@code specific.avro.reader} is forced to true). Its serializer and deserializer share one registry client.
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final SchemaRegistryClient injectedRegistry;
    private final SpecificAvroSerializer<T> serializer;
    private final SpecificAvroDeserializer<T> deserializer;
    private SchemaRegistryClient ownedRegistry;

    /** Reads into the generated class named by each writer schema; registry client from {@link #configure}. */
    public SpecificAvroSerde() {
        this(null, null);
    }

    /** Always reads into {@code type}. */
    public SpecificAvroSerde(Class<T> type) {
        this(type, null);
    }

    /**
     * @param type the generated class to read into, or null to pick it by the writer schema's name
     * @param registry a client the caller owns and closes, or null to create one in {@link #configure}
     */
    public SpecificAvroSerde(Class<T> type, SchemaRegistryClient registry) {
        this.injectedRegistry = registry;
        this.serializer = new SpecificAvroSerializer<>(registry);
        this.deserializer = new SpecificAvroDeserializer<>(type, registry);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specific = new HashMap<>(configs);
        specific.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        AvroSerdeConfig config = new AvroSerdeConfig(specific);
        SchemaRegistryClient shared = injectedRegistry;
        if (shared == null) {
            if (ownedRegistry != null) ownedRegistry.close();
            ownedRegistry = config.newRegistryClient();
            shared = ownedRegistry;
        }
        serializer.configure(config, isKey, shared);
        deserializer.configure(config, shared);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }

    @Override
    public void close() {
        if (ownedRegistry != null) ownedRegistry.close();
    }
}
