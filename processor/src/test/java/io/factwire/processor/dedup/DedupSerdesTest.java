package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.avro.DuplicateKind;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupSerdesTest {
    static <T> T roundTrip(BinarySerde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    @Test
    void internalRecordsSurviveTheirSerdes() {
        ContainmentSketch sketch = ContainmentSketchTest.sketch(ContainmentSketchTest.words(0, 40), 16);
        assertThat(roundTrip(DedupSerdes.PROBE, new Probe("a", 5, 3, sketch))).isEqualTo(new Probe("a", 5, 3, sketch));
        assertThat(roundTrip(DedupSerdes.PROBE, new Probe("a", 5, 3, null)).exact()).isTrue();
        BucketReply reply = new BucketReply(3, new Match("o", 1, DuplicateKind.near, 0.7));
        assertThat(roundTrip(DedupSerdes.REPLY, reply)).isEqualTo(reply);
        GatherState state = new GatherState(StageDriver.article("a", null, null, "body", null, Instant.ofEpochMilli(9)),
                4, 2, reply.match());
        assertThat(roundTrip(DedupSerdes.GATHER, state)).isEqualTo(state);
        assertThat(roundTrip(DedupSerdes.GATHER, GatherState.EMPTY)).isEqualTo(GatherState.EMPTY);
    }

    @Test
    void anUnknownFormatFailsNamingTheRecordAndTopic() {
        assertThatThrownBy(() -> DedupSerdes.REPLY.deserializer().deserialize("dedup-replies", new byte[] {9, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("dedup bucket reply").hasMessageContaining("dedup-replies");
    }
}
