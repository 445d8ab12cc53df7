package io.factwire.processor.order;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A record on its way to the merge, still encoded: the merge reads only the rank, and a record that waits is stored
 * as it came, so its encoding is neither decoded nor written again until it goes on (a waiting record used to cost
 * the decision's thread a full decode and re-encode of an article-sized value).
 *
 * <p>The encoding starts with a format byte, then the source partition (int), offset (long) and ingest time (long),
 * big-endian; {@link #prefix} writes them, the rest is the stage's own.
 *
 * @param bytes the whole encoding, prefix included
 */
public record RankedBytes(SourcePosition source, long ingested, byte[] bytes) implements Ranked {

    /** Format byte, partition, offset, ingest time. */
    public static final int PREFIX_BYTES = 1 + Integer.BYTES + Long.BYTES + Long.BYTES;

    /** Passes the encoding through as it is; reading checks that the format is {@code format} and reads the rank. */
    public static Serde<RankedBytes> serde(int format) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : value.bytes(),
                (topic, data) -> data == null ? null : read(data, format, topic));
    }

    /** The rank read from an encoding that starts with {@link #prefix}. */
    public static RankedBytes read(byte[] data, int format, String topic) {
        if (data.length < PREFIX_BYTES || data[0] != (byte) format) {
            throw new SerializationException("ranked record on topic " + topic + " (" + data.length + " bytes): format "
                    + (data.length == 0 ? "none" : data[0]) + " at byte 0, expected " + format);
        }
        ByteBuffer prefix = ByteBuffer.wrap(data, 1, PREFIX_BYTES - 1);
        return new RankedBytes(new SourcePosition(prefix.getInt(), prefix.getLong()), prefix.getLong(), data);
    }
}
