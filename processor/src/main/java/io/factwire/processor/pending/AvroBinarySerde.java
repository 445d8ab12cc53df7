package io.factwire.processor.pending;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Stand-in serde until schemas' registry serde lands: Avro single-object encoding, no registry. */
final class AvroBinarySerde<T extends SpecificRecord> implements Serde<T> {
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    @SuppressWarnings("unchecked")
    AvroBinarySerde(Class<T> type) {
        try {
            encoder = (BinaryMessageEncoder<T>) type.getMethod("getEncoder").invoke(null);
            decoder = (BinaryMessageDecoder<T>) type.getMethod("getDecoder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type + " is not a generated Avro class", e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> {
            if (data == null) return null;
            try {
                ByteBuffer buffer = encoder.encode(data);
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return bytes;
            } catch (IOException e) {
                throw new SerializationException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) return null;
            try {
                return decoder.decode(data);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("bad Avro bytes on " + topic, e);
            }
        };
    }
}
