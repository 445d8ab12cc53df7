package io.factwire.processor.dedup;

import io.factwire.processor.serde.BinarySerde;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupSerdesTest {
    private static final BinarySerde<ArticleSignature> SIGNATURE =
            new BinarySerde<>("signature", 1, (signature, out) -> DedupSerdes.writeSignature(out, signature), DedupSerdes::readSignature);

    static <T> T roundTrip(BinarySerde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    @Test
    void internalRecordsSurviveTheirSerdes() {
        ContainmentSketch whole = ContainmentSketchTest.sketch(ContainmentSketchTest.words(0, 40), 16);
        TextSketch sketch = new TextSketch(whole, ContainmentSketchTest.sketch(ContainmentSketchTest.words(0, 12), 16));
        assertThat(roundTrip(DedupSerdes.SKETCH, sketch)).isEqualTo(sketch);
        assertThat(roundTrip(DedupSerdes.SKETCH, new TextSketch(whole, null))).isEqualTo(new TextSketch(whole, null));
        BandIndex.Filed filed = roundTrip(BandIndex.FILED, new BandIndex.Filed(new IndexEntry("b", 0, "o"), new long[] {7, -3}));
        assertThat(filed.entry()).isEqualTo(new IndexEntry("b", 0, "o"));
        assertThat(filed.keys()).containsExactly(7, -3);
        ArticleSignature signature = new ArticleSignature(List.of("u.1", "b.2"), List.of("n0.3"), sketch);
        assertThat(roundTrip(SIGNATURE, signature)).isEqualTo(signature);
        ArticleSignature unsketched = new ArticleSignature(List.of(), List.of(), null);
        assertThat(roundTrip(SIGNATURE, unsketched)).isEqualTo(unsketched);
    }

    @Test
    void anUnknownFormatFailsNamingTheRecordAndTopic() {
        assertThatThrownBy(() -> DedupSerdes.SKETCH.deserializer().deserialize("dedup-sketches", new byte[] {9, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("dedup sketch").hasMessageContaining("dedup-sketches");
    }
}
