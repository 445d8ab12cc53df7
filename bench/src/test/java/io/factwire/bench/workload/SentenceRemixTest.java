package io.factwire.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceRemixTest {

    private static final String SENTENCE = "Floods reached Brindle Harbour on Monday, and 14 people died, said Mayor Quill of Brindle.";

    @Test
    void aPassRenamesNamesAndPlacesTheSameWayThroughout() {
        String renamed = SentenceRemix.renamed(SENTENCE, 3);
        String brindle = SentenceRemix.pseudonym("Brindle", 3);

        assertThat(renamed).startsWith("Floods reached " + brindle + " ");
        assertThat(renamed).endsWith(" of " + brindle + ".");
        assertThat(renamed).contains(" on Monday, and 14 people died, said ");
        assertThat(renamed).doesNotContain("Brindle", "Harbour", "Mayor", "Quill");
        assertThat(SentenceRemix.renamed(SENTENCE, 3)).isEqualTo(renamed);
    }

    @Test
    void anotherPassInventsOtherNames() {
        assertThat(SentenceRemix.renamed(SENTENCE, 4)).isNotEqualTo(SentenceRemix.renamed(SENTENCE, 3));
        assertThat(SentenceRemix.pseudonym("Brindle", 4)).matches("[A-Z][a-z]{3,}");
    }

    @Test
    void bodiesSplitIntoSentencesOnLinesOrSentenceEnds() {
        assertThat(SentenceRemix.sentences("One line.\nTwo lines. \"Three,\" she said. 4 more!"))
                .containsExactly("One line.", "Two lines.", "\"Three,\" she said.", "4 more!");
    }
}
