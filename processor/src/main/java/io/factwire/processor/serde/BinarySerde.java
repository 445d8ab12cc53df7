package io.factwire.processor.serde;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.schemas.serde.GeneratedClassTrust;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact hand-written serde for the stages' internal records (repartition topics and state stores). These
 * never leave the application, so they skip the schema registry; a leading format byte lets a later version
 * refuse (loudly) records it cannot read after an upgrade.
 */
public final class BinarySerde<T> implements Serde<T> {

    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private final String recordName;
    private final byte format;
    private final Writer<T> writer;
    private final Reader<T> reader;
    /**
     * The size to start the next record's buffer at: about the largest of the recent ones (it decays by an eighth a
     * record), as an article-sized record grown from a small buffer was copied half a dozen times, and records of one
     * kind vary (an event's blocking list holds 1 to 64 handles). A plain field: threads that share the serde may
     * read a stale hint, which only costs a copy.
     */
    private int sizeHint = 128;

    public BinarySerde(String recordName, int format, Writer<T> writer, Reader<T> reader) {
        this.recordName = recordName;
        this.format = (byte) format;
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) return null;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(format);
                writer.write(value, out);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot write " + recordName + " for topic " + topic + ": " + e, e);
            }
            sizeHint = Math.max(128, Math.max(bytes.size(), sizeHint - sizeHint / 8));
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) return null;
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte found = in.readByte();
                if (found != format) {
                    throw new SerializationException(recordName + " on topic " + topic + ": format " + found
                            + " at byte 0, expected " + format);
                }
                return reader.read(in);
            } catch (IOException | RuntimeException e) {
                if (e instanceof SerializationException s) throw s;
                throw new SerializationException("cannot read " + recordName + " (" + data.length
                        + " bytes) from topic " + topic + ": " + e, e);
            }
        };
    }

    public static void writeNullableString(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) out.writeUTF(value);
    }

    public static String readNullableString(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    public static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) out.writeUTF(value);
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) values.add(in.readUTF());
        return values;
    }

    /** Avro single-object encoding of the generated class: no registry round trip for in-app copies. */
    public static void writeArticle(DataOutputStream out, Article article) throws IOException {
        ByteBuffer encoded = article.toByteBuffer();
        out.writeInt(encoded.remaining());
        out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
    }

    public static Article readArticle(DataInputStream in) throws IOException {
        // Avro refuses to instantiate generated classes it has not been told to trust.
        GeneratedClassTrust.ensureInstalled();
        byte[] encoded = in.readNBytes(in.readInt());
        return Article.fromByteBuffer(ByteBuffer.wrap(encoded));
    }

    /** Claims in Avro single-object encoding, count first. */
    public static void writeClaims(DataOutputStream out, List<Claim> claims) throws IOException {
        out.writeInt(claims.size());
        for (Claim claim : claims) {
            ByteBuffer encoded = claim.toByteBuffer();
            out.writeInt(encoded.remaining());
            out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
        }
    }

    public static List<Claim> readClaims(DataInputStream in) throws IOException {
        GeneratedClassTrust.ensureInstalled();
        int size = in.readInt();
        List<Claim> claims = new ArrayList<>(size);
        for (int i = 0; i < size; i++) claims.add(Claim.fromByteBuffer(ByteBuffer.wrap(in.readNBytes(in.readInt()))));
        return claims;
    }
}
