package io.factwire.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtFinalPunctuationBeforeACapital() {
        assertThat(split("Two people died. Ten were hurt! Why? Nobody knows."))
                .containsExactly("Two people died.", "Ten were hurt!", "Why?", "Nobody knows.");
    }

    @Test
    void lineBreaksAlwaysSplitSoHeadlinesStandAlone() {
        assertThat(split("Quake kills 10\n\nThe quake struck at dawn.\nRescuers dug all night"))
                .containsExactly("Quake kills 10", "The quake struck at dawn.", "Rescuers dug all night");
    }

    @Test
    void titlesInitialsAndMonthsDoNotEndSentences() {
        assertThat(split("Capt. Tom Hale and Sgt. Rita Moss met Gov. Ann Lee. George W. Bush spoke on Jan. 6 here."))
                .containsExactly("Capt. Tom Hale and Sgt. Rita Moss met Gov. Ann Lee.",
                        "George W. Bush spoke on Jan. 6 here.");
    }

    @Test
    void ambiguousAbbreviationsEndASentenceOnlyBeforeAnOpener() {
        assertThat(split("He moved to the U.S. The move was quiet. It was 6 p.m. Monday in the U.S. Army base."))
                .containsExactly("He moved to the U.S.", "The move was quiet.",
                        "It was 6 p.m. Monday in the U.S. Army base.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("\"We found 12 bodies.\" The officer left. 'Go,' he said."))
                .containsExactly("\"We found 12 bodies.\"", "The officer left.", "'Go,' he said.");
    }

    @Test
    void decimalsAndEmptyText() {
        assertThat(split("The 6.1 magnitude quake hit.")).containsExactly("The 6.1 magnitude quake hit.");
        assertThat(split("")).isEmpty();
        assertThat(split("\n\n  \n")).isEmpty();
    }
}
