package io.factwire.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Writes records of one schema to one subject: the wire-format header with the registered schema id, then the
 * Avro body. Built once per (subject, schema) and shared by every thread (Avro DatumWriters hold no per-write
 * state; encoders are made per call).
 */
final class RecordEncoder {
    private final int schemaId;
    private final DatumWriter<Object> recordWriter;
    /** With use.latest.version and a latest schema that encodes differently: reads the record's bytes as latest. */
    private final DatumReader<Object> toTarget;
    private final DatumWriter<Object> targetWriter;

    private RecordEncoder(int schemaId, Schema recordSchema, Schema targetSchema) {
        this.schemaId = schemaId;
        this.recordWriter = new SpecificDatumWriter<>(recordSchema);
        if (targetSchema == null) {
            this.toTarget = null;
            this.targetWriter = null;
        } else {
            this.toTarget = new GenericDatumReader<>(recordSchema, targetSchema);
            this.targetWriter = new GenericDatumWriter<>(targetSchema);
        }
    }

    /** Writes records with their own schema, registered under {@code schemaId}. */
    static RecordEncoder ownSchema(int schemaId, Schema recordSchema) {
        return new RecordEncoder(schemaId, recordSchema, null);
    }

    /**
     * Writes records with {@code targetSchema} (registered under {@code schemaId}), which must be able to read
     * data of {@code recordSchema}. When both encode the same way (they differ in docs or defaults only) the
     * record is written directly; otherwise it is resolved into the target schema, as a reader would.
     */
    static RecordEncoder asSchema(int schemaId, Schema recordSchema, Schema targetSchema) {
        boolean sameEncoding = SchemaNormalization.parsingFingerprint64(recordSchema)
                == SchemaNormalization.parsingFingerprint64(targetSchema);
        return new RecordEncoder(schemaId, recordSchema, sameEncoding ? null : targetSchema);
    }

    int schemaId() {
        return schemaId;
    }

    byte[] encode(Object record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(WireFormat.MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
        if (toTarget == null) {
            write(recordWriter, record, out);
        } else {
            ByteArrayOutputStream asRecordSchema = new ByteArrayOutputStream(256);
            write(recordWriter, record, asRecordSchema);
            Object resolved = toTarget.read(null, DecoderFactory.get().binaryDecoder(asRecordSchema.toByteArray(), null));
            write(targetWriter, resolved, out);
        }
        return out.toByteArray();
    }

    private static void write(DatumWriter<Object> writer, Object record, ByteArrayOutputStream out) throws IOException {
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer.write(record, encoder);
        encoder.flush();
    }
}
