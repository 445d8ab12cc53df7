package io.factwire.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinalStateTest {

    private static FinalState state(Map<String, String> facts, List<String> events, List<String> duplicates) {
        return new FinalState(new TreeMap<>(facts), new TreeSet<>(events), new TreeSet<>(duplicates));
    }

    @Test
    void aStateWrittenAndReadBackEqualsItself(@TempDir Path dir) throws Exception {
        FinalState state = state(Map.of("e1/killed/all", "8/13/13, 4"), List.of("a1 a2", "a3"), List.of("a4 -> a1 (near)"));
        state.write(dir.resolve(FinalState.FILE));

        ChaosChecks.Check check = state.against(FinalState.load(dir.resolve(FinalState.FILE)));
        assertThat(check.holds()).isTrue();
        assertThat(check.detail()).isEqualTo("1 facts, 2 events, 1 duplicates equal");
    }

    @Test
    void everyDifferenceIsNamed() {
        FinalState uninterrupted = state(Map.of("e1/killed/all", "8/13/13, 4"), List.of("a1 a2", "a3"), List.of());
        FinalState faulted = state(Map.of("e1/killed/all", "8/12/13, 4"), List.of("a1 a2 a3"), List.of());

        ChaosChecks.Check check = faulted.against(uninterrupted);
        assertThat(check.holds()).isFalse();
        assertThat(check.detail()).startsWith("4 differences, e.g. [fact e1/killed/all: 8/12/13, 4 against 8/13/13, 4,");
    }
}
