package io.factwire.processor.facts;

import static io.factwire.processor.facts.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactEvolutionTest {

    private static final FactKey KEY = new FactKey("e1", Outcome.killed, VictimGroup.security_forces);
    private final FactPolicy policy = new FactPolicy();

    private FactFigures figures(long count) {
        return policy.figures(List.of(claim("a1", count, Qualifier.exact).build())).orElseThrow();
    }

    @Test
    void aNewFactStartsAtVersionOne() {
        FactState state = new FactEvolution(5).next(KEY, null, figures(3), Instant.ofEpochSecond(10)).orElseThrow();

        assertThat(state.getKey()).isEqualTo("e1/killed/security_forces");
        assertThat(state.getVersion()).isEqualTo(1);
        assertThat(state.getHistory()).hasSize(1);
    }

    @Test
    void unchangedFiguresMakeNoNewVersion() {
        FactEvolution evolution = new FactEvolution(5);
        FactState first = evolution.next(KEY, null, figures(3), Instant.ofEpochSecond(10)).orElseThrow();

        assertThat(evolution.next(KEY, first, figures(3), Instant.ofEpochSecond(20))).isEmpty();
    }

    @Test
    void historyIsBoundedAndKeepsTheNewest() {
        FactEvolution evolution = new FactEvolution(3);
        FactState state = null;
        for (int count = 1; count <= 5; count++) {
            state = evolution.next(KEY, state, figures(count), Instant.ofEpochSecond(count)).orElseThrow();
        }
        assertThat(state.getVersion()).isEqualTo(5);
        assertThat(state.getHistory()).extracting(point -> point.getBest()).containsExactly(3L, 4L, 5L);
    }
}
