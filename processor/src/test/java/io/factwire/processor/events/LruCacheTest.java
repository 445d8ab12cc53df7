package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void theLeastRecentlyUsedGoFirstWhenEntriesOrWeightRunOver() {
        LruCache<String> cache = new LruCache<>(3, 9, String::length);
        cache.put("a", "xxxx");
        cache.put("b", "xxxx");
        cache.get("a");
        cache.put("c", "xx");
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.get("a")).isEqualTo("xxxx");
        cache.put("d", null);
        cache.put("e", null);
        assertThat(cache.containsKey("c")).isFalse();
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("e")).isTrue();
        assertThat(cache.get("e")).isNull();
    }

    @Test
    void aValueHeavierThanTheBoundStaysAloneUntilTheNext() {
        LruCache<String> cache = new LruCache<>(3, 5, String::length);
        cache.put("a", "x");
        cache.put("big", "xxxxxxxx");
        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.get("big")).hasSize(8);
        cache.put("b", "x");
        assertThat(cache.containsKey("big")).isFalse();
    }
}
