package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureEntryTest {

    @Test
    void listsTheNewestFirstAndForgetsTheOldestWhenFull() {
        FeatureEntry entry = FeatureEntry.NONE.withNewest(1, 2).withNewest(2, 2).withNewest(3, 2);
        assertThat(entry.listed()).containsExactly(3, 2);
        assertThat(entry.eventsWith()).isEqualTo(3);
    }

    @Test
    void removingAnEventCountsItOffEvenWhenTheListHadForgottenIt() {
        FeatureEntry entry = FeatureEntry.NONE.withNewest(1, 1).withNewest(2, 1);
        assertThat(entry.without(1)).isEqualTo(new FeatureEntry(1, new long[] {2}));
        assertThat(entry.without(1).without(2).isEmpty()).isTrue();
    }

    @Test
    void roundTripsThroughTheStoreSerde() {
        FeatureEntry entry = FeatureEntry.NONE.withNewest(FeatureEntry.handle("quake-in-nowhere-0000abcd"), 64).withNewest(-7, 64);
        byte[] bytes = EventSerdes.FEATURE.serializer().serialize("t", entry);
        assertThat(EventSerdes.FEATURE.deserializer().deserialize("t", bytes)).isEqualTo(entry);
        assertThat(bytes.length).isLessThan(32);
    }

    @Test
    void aHandleDoesNotStandForAnotherIdInTheStore() {
        MemoryEvents store = new MemoryEvents();
        assertThat(store.event("some-event-00000001")).isNull();
    }
}
