package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.DuplicateKind;
import org.junit.jupiter.api.Test;

class MatchTest {
    @Test
    void exactBeatsNearThenSimilarityThenEarlierOriginal() {
        Match exact = new Match("b", 20, DuplicateKind.exact, 1.0);
        Match close = new Match("a", 10, DuplicateKind.near, 0.9);
        Match closeLater = new Match("c", 30, DuplicateKind.near, 0.9);
        Match loose = new Match("d", 5, DuplicateKind.near, 0.6);
        assertThat(Match.better(close, exact)).isSameAs(exact);
        assertThat(Match.better(loose, close)).isSameAs(close);
        assertThat(Match.better(closeLater, close)).isSameAs(close);
        assertThat(Match.better(null, loose)).isSameAs(loose);
    }
}
