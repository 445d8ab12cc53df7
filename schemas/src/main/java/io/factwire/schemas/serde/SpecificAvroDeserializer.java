package io.factwire.schemas.serde;

import io.factwire.schemas.registry.AvroCompatibility;
import io.factwire.schemas.registry.SchemaRegistryClient;
import io.factwire.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format Avro: fetches the writer schema by the id in the header and resolves it against the
 * reader schema, so records written with an older (compatible) schema read as the current generated class.
 * The reader class is the one given to the constructor, or else the generated class named like the writer schema;
 * with {@code specific.avro.reader=false} and no class, records come back as GenericRecords in the writer's schema.
 * Null bytes (a tombstone) read as null. Thread-safe once configured.
 */
public class SpecificAvroDeserializer<T extends IndexedRecord> implements Deserializer<T> {
    static {
        GeneratedClassTrust.ensureInstalled();
    }

    private final Class<T> readerClass;
    private SchemaRegistryClient registry;
    private boolean ownsRegistry;
    private boolean specificReader = true;
    private final Map<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();

    /** For Kafka's class-name instantiation: reads into the generated class named by each writer schema. */
    public SpecificAvroDeserializer() {
        this(null, null);
    }

    /** Always reads into {@code readerClass}, resolving older writer schemas against its schema. */
    public SpecificAvroDeserializer(Class<T> readerClass) {
        this(readerClass, null);
    }

    /**
     * @param readerClass the generated class to read into, or null to pick it by the writer schema's name
     * @param registry a client the caller owns and closes, or null to create one from the configs
     */
    public SpecificAvroDeserializer(Class<T> readerClass, SchemaRegistryClient registry) {
        this.readerClass = readerClass;
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(new AvroSerdeConfig(configs), null);
    }

    /** Configures with a client shared with a serializer (see {@link SpecificAvroSerde}), when not null. */
    void configure(AvroSerdeConfig config, SchemaRegistryClient shared) {
        this.specificReader = config.specificAvroReader();
        if (!specificReader && readerClass != null) {
            throw new ConfigException(AvroSerdeConfig.SPECIFIC_AVRO_READER, false,
                    "a deserializer built for " + readerClass.getName() + " always reads that class");
        }
        if (shared != null) {
            registry = shared;
            ownsRegistry = false;
        } else if (registry == null) {
            registry = config.newRegistryClient();
            ownsRegistry = true;
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        if (registry == null) throw new IllegalStateException("SpecificAvroDeserializer used before configure()");
        if (bytes.length > 0 && bytes[0] != WireFormat.MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "unknown magic byte 0x%02x at the start of a record from topic %s (not Confluent Avro wire format)",
                    bytes[0] & 0xff, topic));
        }
        if (bytes.length < WireFormat.HEADER_SIZE) {
            throw new SerializationException("record from topic " + topic + " is " + bytes.length
                    + " bytes, shorter than the " + WireFormat.HEADER_SIZE + "-byte Confluent wire format header");
        }
        int schemaId = ByteBuffer.wrap(bytes, 1, Integer.BYTES).getInt();
        DatumReader<T> reader = readerFor(schemaId, topic);
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(bytes, WireFormat.HEADER_SIZE, bytes.length - WireFormat.HEADER_SIZE, null);
        T record;
        int trailing;
        try {
            record = reader.read(null, decoder);
            trailing = decoder.inputStream().available();
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException corrupt) {
            throw new SerializationException("could not decode a record from topic " + topic + " with schema id "
                    + schemaId + " (" + bytes.length + " bytes): " + corrupt, corrupt);
        }
        if (trailing > 0) {
            throw new SerializationException("record from topic " + topic + " has " + trailing
                    + " bytes left after its Avro body (schema id " + schemaId + "): not written with that schema");
        }
        return record;
    }

    private DatumReader<T> readerFor(int schemaId, String topic) {
        DatumReader<T> cached = readersBySchemaId.get(schemaId);
        if (cached != null) return cached;
        Schema writer;
        try {
            writer = registry.getById(schemaId);
        } catch (SchemaRegistryException failed) {
            throw new SerializationException(
                    "could not read a record from topic " + topic + ": " + failed.getMessage(), failed);
        }
        DatumReader<T> reader = specificReader ? specificReader(writer, schemaId, topic) : new GenericDatumReader<>(writer);
        readersBySchemaId.putIfAbsent(schemaId, reader);
        return reader;
    }

    private DatumReader<T> specificReader(Schema writer, int schemaId, String topic) {
        Class<?> type = readerClass != null ? readerClass : SpecificData.get().getClass(writer);
        if (type == null) {
            throw new SerializationException("record from topic " + topic + " was written with schema id " + schemaId
                    + " (" + writer.getFullName() + "), which has no generated class on the classpath");
        }
        Schema reader = SpecificData.getForClass(type).getSchema(type);
        List<String> problems = AvroCompatibility.readProblems(reader, writer);
        if (!problems.isEmpty()) {
            throw new SerializationException("record from topic " + topic + " was written with schema id " + schemaId
                    + " (" + writer.getFullName() + "), which " + type.getName() + " cannot read: "
                    + String.join("; ", problems));
        }
        return new StrictUtf8Reader<>(writer, reader, new JavaListSpecificData(type));
    }

    /**
     * Avro decodes strings leniently (bytes that are not UTF-8 become U+FFFD, and the text is silently changed);
     * this reader refuses them, so a record with such a string is unreadable, as ingest refuses such input.
     */
    private static final class StrictUtf8Reader<T> extends SpecificDatumReader<T> {
        private static final ThreadLocal<CharsetDecoder> DECODER = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

        StrictUtf8Reader(Schema writer, Schema reader, SpecificData data) {
            super(writer, reader, data);
        }

        @Override
        protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
            Utf8 raw = in.readString(old instanceof Utf8 reuse ? reuse : null);
            String text;
            try {
                text = DECODER.get().reset().decode(ByteBuffer.wrap(raw.getBytes(), 0, raw.getByteLength())).toString();
            } catch (CharacterCodingException malformed) {
                throw new AvroRuntimeException("invalid UTF-8: a string of " + raw.getByteLength()
                        + " bytes holds bytes that are not UTF-8 (" + malformed.getMessage() + ")");
            }
            return findStringClass(expected) == String.class ? text : raw;
        }
    }

    @Override
    public void close() {
        if (ownsRegistry && registry != null) registry.close();
    }
}
