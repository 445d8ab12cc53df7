package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyChainsTest {

    @Test
    void aKeyGivesItsArticlesNewestFiledFirstAcrossTheOpenTableAndEveryRun() {
        KeyChains chains = new KeyChains();
        int articles = 3 * KeyChains.OPEN_PAIRS / 4 + 7;
        for (int i = 0; i < articles; i++) {
            // Four keys an article: its own, one shared by every tenth article, one by all, and one it repeats.
            chains.file(entry(i), new long[] {1_000_000L + i, i / 10, -42, 1_000_000L + i});
        }
        assertThat(ids(chains, -42, 5)).containsExactly(ids(articles - 1, articles - 2, articles - 3, articles - 4, articles - 5));
        assertThat(ids(chains, -42, articles + 1)).hasSize(articles).last().isEqualTo("a0");
        assertThat(ids(chains, 3, 64)).containsExactly(ids(39, 38, 37, 36, 35, 34, 33, 32, 31, 30));
        assertThat(ids(chains, 1_000_000L + 17, 64)).containsExactly("a17", "a17");
        assertThat(ids(chains, 7, 64)).containsExactly(ids(79, 78, 77, 76, 75, 74, 73, 72, 71, 70));
        assertThat(ids(chains, -5, 64)).isEmpty();
    }

    @Test
    void answersAsAPlainMultimapWouldWhateverTheKeysAndHowManyRunsTheyFill() {
        KeyChains chains = new KeyChains();
        java.util.Map<Long, List<String>> expected = new java.util.HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 3 * KeyChains.OPEN_PAIRS / 40; i++) {
            long[] keys = new long[42];
            for (int k = 0; k < keys.length; k++) keys[k] = random.nextInt(5_000) - 2_500L;
            chains.file(entry(i), keys);
            for (long key : keys) expected.computeIfAbsent(key, any -> new ArrayList<>()).addFirst("a" + i);
        }
        for (long key = -2_500; key < 2_500; key += 37) {
            List<String> all = expected.getOrDefault(key, List.of());
            assertThat(ids(chains, key, 64)).isEqualTo(all.subList(0, Math.min(64, all.size())));
        }
    }

    @Test
    void forgettingTheOldestRunForgetsTheArticlesFiledLongestAgoAndOnlyThem() {
        KeyChains chains = new KeyChains();
        // Three keys an article: tables fill in the middle of an article. Five tables: a run of four and a run of one.
        int articles = 5 * KeyChains.OPEN_PAIRS / 3 + 10;
        for (int i = 0; i < articles; i++) chains.file(entry(i), new long[] {i / 1000, -1, -2});
        assertThat(chains.indexed()).isEqualTo(articles);

        assertThat(chains.forgetOldest()).isTrue();
        assertThat(chains.indexed()).isBetween(KeyChains.OPEN_PAIRS / 3, KeyChains.OPEN_PAIRS / 3 + 12);
        assertThat(ids(chains, 0, 64)).isEmpty();
        assertThat(ids(chains, (articles - 1) / 1000, 3)).containsExactly(ids(articles - 1, articles - 2, articles - 3));
        // The first article still indexed may have lost the pairs filed before a table filled.
        assertThat(ids(chains, -1, articles)).hasSizeBetween(chains.indexed() - 1, chains.indexed()).doesNotContainNull();

        while (chains.forgetOldest()) {
            assertThat(ids(chains, -1, articles)).hasSizeBetween(chains.indexed() - 1, chains.indexed());
        }
        assertThat(chains.indexed()).isLessThanOrEqualTo(KeyChains.OPEN_PAIRS / 3 + 1);
    }

    private static IndexEntry entry(int i) {
        return new IndexEntry("a" + i, i, "a" + i);
    }

    private static List<String> ids(KeyChains chains, long key, int limit) {
        List<IndexEntry> found = new ArrayList<>();
        chains.newest(key, limit, found);
        return found.stream().map(IndexEntry::articleId).toList();
    }

    private static String[] ids(int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> "a" + n).toArray(String[]::new);
    }
}
