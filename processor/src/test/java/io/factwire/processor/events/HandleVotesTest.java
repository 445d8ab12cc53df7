package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HandleVotesTest {

    @Test
    void mostVotesFirstAndTiesInTheOrderFirstMet() {
        HandleVotes votes = new HandleVotes(5);
        for (long handle : new long[] {7, 0, -3, 7, 42, -3, 7, 9}) votes.add(handle);
        assertThat(votes.mostVoted(10)).containsExactly(7L, -3L, 0L, 42L, 9L);
        assertThat(votes.mostVoted(2)).containsExactly(7L, -3L);
    }

    @Test
    void nothingAddedNothingVoted() {
        assertThat(new HandleVotes(0).mostVoted(32)).isEmpty();
    }

    /** The same choice as a map in insertion order sorted stably by count, over lists that share many handles. */
    @Test
    void agreesWithAStableSortOfAnInsertionOrderedMap() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            int lists = 1 + random.nextInt(12);
            long[][] listed = new long[lists][];
            int total = 0;
            for (int i = 0; i < lists; i++) {
                listed[i] = random.longs(random.nextInt(65), 0, 300).toArray();
                total += listed[i].length;
            }
            HandleVotes votes = new HandleVotes(total);
            Map<Long, Integer> hits = new LinkedHashMap<>();
            for (long[] handles : listed) {
                for (long handle : handles) {
                    votes.add(handle);
                    hits.merge(handle, 1, Integer::sum);
                }
            }
            List<Long> expected = hits.entrySet().stream()
                    .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                    .limit(32).map(Map.Entry::getKey).toList();
            assertThat(votes.mostVoted(32)).isEqualTo(expected);
        }
    }
}
