package io.factwire.extractor.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemonymsTest {

    @Test
    void nationalityWordsAreTheirPlaces() {
        assertThat(Demonyms.place("egyptian")).isEqualTo("egypt");
        assertThat(Demonyms.place("egyptians")).isEqualTo("egypt");
        assertThat(Demonyms.place("russian")).isEqualTo("russia");
        assertThat(Demonyms.place("italians")).isEqualTo("italy");
        assertThat(Demonyms.place("british")).isEqualTo("britain");
        assertThat(Demonyms.place("australian")).isEqualTo("australia");
        assertThat(Demonyms.place("syrians")).isEqualTo("syria");
    }

    @Test
    void otherWordsAreNone() {
        assertThat(Demonyms.place("police")).isNull();
        assertThat(Demonyms.place("egypt")).isNull();
        assertThat(Demonyms.place("graphic")).isNull(); // a lowercase adjective's pertainym is no place
    }
}
