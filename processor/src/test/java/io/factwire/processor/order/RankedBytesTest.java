package io.factwire.processor.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class RankedBytesTest {

    private static byte[] encoding(int format, int partition, long offset, long ingested, String rest) {
        return ByteBuffer.allocate(RankedBytes.PREFIX_BYTES + rest.length()).put((byte) format).putInt(partition)
                .putLong(offset).putLong(ingested).put(rest.getBytes()).array();
    }

    @Test
    void readsTheRankAndKeepsTheEncodingAsItCame() {
        Serde<RankedBytes> serde = RankedBytes.serde(3);
        byte[] bytes = encoding(3, 4, 17, 1_700_000_000_000L, "the stage's own part");

        RankedBytes read = serde.deserializer().deserialize("hop", bytes);

        assertThat(read.source()).isEqualTo(new SourcePosition(4, 17));
        assertThat(read.ingested()).isEqualTo(1_700_000_000_000L);
        assertThat(serde.serializer().serialize("hop", read)).isSameAs(bytes);
    }

    @Test
    void refusesAnotherFormatOrATruncatedPrefixNamingTheTopic() {
        Serde<RankedBytes> serde = RankedBytes.serde(3);
        assertThatThrownBy(() -> serde.deserializer().deserialize("hop", encoding(2, 0, 0, 0, "")))
                .isInstanceOf(SerializationException.class).hasMessageContaining("hop").hasMessageContaining("format 2");
        assertThatThrownBy(() -> serde.deserializer().deserialize("hop", new byte[] {3, 0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("3 bytes");
    }
}
