package io.factwire.processor.dedup;

import io.factwire.processor.serde.BinarySerde;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupSerdesTest {
    static <T> T roundTrip(BinarySerde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    @Test
    void internalRecordsSurviveTheirSerdes() {
        ContainmentSketch whole = ContainmentSketchTest.sketch(ContainmentSketchTest.words(0, 40), 16);
        TextSketch sketch = new TextSketch(whole, ContainmentSketchTest.sketch(ContainmentSketchTest.words(0, 12), 16));
        assertThat(roundTrip(DedupSerdes.SKETCH, sketch)).isEqualTo(sketch);
        assertThat(roundTrip(DedupSerdes.SKETCH, new TextSketch(whole, null))).isEqualTo(new TextSketch(whole, null));
        List<IndexEntry> bucket = List.of(new IndexEntry("b", 7, "o"), new IndexEntry("a", 5, "a"));
        assertThat(roundTrip(BandIndex.BUCKET, bucket)).isEqualTo(bucket);
        SignedArticle signed = new SignedArticle(StageDriver.article("a", null, null, "body", null, Instant.ofEpochMilli(9)),
                new ArticleSignature(List.of("u.1", "b.2"), List.of("n0.3"), sketch));
        assertThat(roundTrip(DedupSerdes.SIGNED, signed)).isEqualTo(signed);
        SignedArticle unsketched = new SignedArticle(signed.article(), new ArticleSignature(List.of(), List.of(), null));
        assertThat(roundTrip(DedupSerdes.SIGNED, unsketched)).isEqualTo(unsketched);
    }

    @Test
    void anUnknownFormatFailsNamingTheRecordAndTopic() {
        assertThatThrownBy(() -> DedupSerdes.SIGNED.deserializer().deserialize("dedup-sequence", new byte[] {9, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("dedup signed article").hasMessageContaining("dedup-sequence");
    }
}
