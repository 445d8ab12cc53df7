package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Floods: three towns cut off",
        "Who opened the floodgates?",
        "Police \u2018contain\u2019 the protest",
        "Rescue teams reach Ellerby (photos)",
        "  Harbour reopens  "})
    void headlines(String line) {
        assertThat(TitleDetector.looksLikeTitle(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rescue teams reached the town by boat.",
        "\u201cWe will rebuild,\u201d the mayor said.\u201d",
        "He said the bridge was closed.\"",
        "The following towns were affected:",
        "Officials said on Monday that,",
        "And then\u2026",
        "",
        "   "})
    void sentencesAndBlankLines(String line) {
        assertThat(TitleDetector.looksLikeTitle(line)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aLineLongerThanAHeadlineIsNotOne() {
        String caption = "Crowds gathered in the main square " + "as the water kept rising ".repeat(5) + "(Photo: Wire)";
        assertThat(caption.length()).isGreaterThan(TitleDetector.MAX_TITLE_CHARS);

        assertThat(TitleDetector.looksLikeTitle(caption)).isFalse();
        assertThat(TitleDetector.looksLikeTitle(caption.substring(0, 100))).isTrue();
    }
}
