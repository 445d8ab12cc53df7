package io.factwire.schemas.serde;

/**
 * Confluent's wire format: one magic byte 0, the 4-byte big-endian schema id, then the Avro binary encoding of
 * the record with that schema. Subjects follow the TopicNameStrategy: {@code <topic>-key} and {@code <topic>-value}.
 */
public final class WireFormat {
    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 1 + Integer.BYTES;

    private WireFormat() {}

    public static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
