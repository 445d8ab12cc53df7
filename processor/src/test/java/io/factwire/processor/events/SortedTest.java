package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortedTest {

    @Test
    void aCopyIsInKeyOrderAndReadsLikeTheMap() {
        Map<String, Float> weights = new HashMap<>(Map.of("n:paris", 0.5f, "f:12", 0.25f, "n:france", 0.125f));
        Map<String, Float> sorted = Sorted.copy(weights);
        assertThat(List.copyOf(sorted.keySet())).containsExactly("f:12", "n:france", "n:paris");
        assertThat(sorted).isEqualTo(weights).hasSameHashCodeAs(weights);
        assertThat(sorted.get("n:paris")).isEqualTo(0.5f);
        assertThat(sorted.get("n:lyon")).isNull();
        assertThat(sorted.containsKey("f:12")).isTrue();
        assertThat(sorted.containsKey(12)).isFalse();
    }

    @Test
    void aCopyOfACopyIsTheSameMap() {
        Map<String, Integer> sorted = Sorted.copy(Map.of("a", 1, "b", 2));
        assertThat(Sorted.copy(sorted)).isSameAs(sorted);
    }

    @Test
    void arraysOutOfOrderAreSortedAndADuplicateKeyIsRefused() {
        Sorted<Integer> sorted = Sorted.of(new String[] {"c", "a", "b"}, new Object[] {3, 1, 2});
        assertThat(sorted.key(0)).isEqualTo("a");
        assertThat(sorted.value(2)).isEqualTo(3);
        assertThatThrownBy(() -> Sorted.of(new String[] {"b", "a", "b"}, new Object[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate key b");
    }

    @Test
    void itCannotBeChanged() {
        Map<String, Integer> sorted = Sorted.copy(Map.of("a", 1));
        assertThatThrownBy(() -> sorted.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sorted.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
    }
}
