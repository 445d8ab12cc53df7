package io.factwire.processor.events;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of the stage's internal records (repartition topics, stores): they never leave the application, so they
 * are plain binary, without the registry. The first byte is a format version, so that a changed layout is refused
 * by name instead of being misread.
 */
final class CompactSerde<T> implements Serde<T> {

    interface Write<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    interface Read<T> {
        T read(DataInputStream in) throws IOException;
    }

    private final String what;
    private final byte version;
    private final Write<T> write;
    private final Read<T> read;

    CompactSerde(String what, int version, Write<T> write, Read<T> read) {
        this.what = what;
        this.version = (byte) version;
        this.write = write;
        this.read = read;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) return null;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(version);
                write.write(out, value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + what + " for " + topic, e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) return null;
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte found = in.readByte();
                if (found != version) {
                    throw new SerializationException(what + " from " + topic + ": format version " + found
                            + " at byte 0, this build reads " + version);
                }
                return read.read(in);
            } catch (IOException e) {
                throw new SerializationException("cannot read " + what + " (" + data.length + " bytes) from " + topic, e);
            }
        };
    }
}
