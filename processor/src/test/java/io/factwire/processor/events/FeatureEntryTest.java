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
    void theStoreFormatIsTheFramedDataStreamOne() throws java.io.IOException {
        FeatureEntry entry = new FeatureEntry(70, new long[] {Long.MIN_VALUE, -1, 0, 42, Long.MAX_VALUE});
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(expected)) {
            out.writeByte(1);
            out.writeInt(70);
            out.writeInt(5);
            for (long handle : entry.listed()) out.writeLong(handle);
        }
        assertThat(EventSerdes.FEATURE.serializer().serialize("t", entry)).containsExactly(expected.toByteArray());
        byte[] otherFormat = expected.toByteArray();
        otherFormat[0] = 2;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventSerdes.FEATURE.deserializer().deserialize("t", otherFormat))
                .hasMessageContaining("format 2 at byte 0, expected 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventSerdes.FEATURE.deserializer().deserialize("t", new byte[] {1, 0}))
                .hasMessageContaining("cannot read event feature (2 bytes)");
    }

    @Test
    void aHandleDoesNotStandForAnotherIdInTheStore() {
        MemoryEvents store = new MemoryEvents();
        assertThat(store.event("some-event-00000001")).isNull();
    }
}
