package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LruCacheTest {

    private static String notCached(String key) {
        throw new AssertionError(key + " was not cached");
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenEntriesOrWeightRunOver() {
        LruCache<String, String> cache = new LruCache<>(3, 9, String::length);
        cache.put("a", "xxxx");
        cache.put("b", "xxxx");
        cache.getOrLoad("a", LruCacheTest::notCached);
        cache.put("c", "xx");
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.getOrLoad("a", LruCacheTest::notCached)).isEqualTo("xxxx");
        cache.put("d", null);
        cache.put("e", null);
        assertThat(cache.containsKey("c")).isFalse();
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("e")).isTrue();
        assertThat(cache.getOrLoad("e", LruCacheTest::notCached)).isNull();
    }

    @Test
    void aValueHeavierThanTheBoundStaysAloneUntilTheNext() {
        LruCache<String, String> cache = new LruCache<>(3, 5, String::length);
        cache.put("a", "x");
        cache.put("big", "xxxxxxxx");
        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.getOrLoad("big", LruCacheTest::notCached)).hasSize(8);
        cache.put("b", "x");
        assertThat(cache.containsKey("big")).isFalse();
    }

    @Test
    void aMissIsLoadedOnceAndCachedAbsentOrNot() {
        LruCache<String, String> cache = new LruCache<>(10);
        List<String> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(cache.getOrLoad("here", key -> { loads.add(key); return "value"; })).isEqualTo("value");
            assertThat(cache.getOrLoad("gone", key -> { loads.add(key); return null; })).isNull();
        }
        assertThat(loads).containsExactly("here", "gone");
        cache.put("here", "other");
        assertThat(cache.getOrLoad("here", LruCacheTest::notCached)).isEqualTo("other");
    }
}
