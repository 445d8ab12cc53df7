package io.factwire.extractor;

import static io.factwire.extractor.ClaimAssertions.assertClaims;

import org.junit.jupiter.api.Test;

/** How a figure is hedged (CLAIMS.md "Qualifiers") and how it is written (digits, words, vague plurals). */
class QualifiersTest {

    @Test
    void hedges() {
        assertClaims("No fewer than 40 passengers were hurt.", "injured 40 at_least civilians");
        assertClaims("Over 300 demonstrators were detained.", "arrested 300 more_than protesters");
        assertClaims("In excess of 1,000 people were evacuated and 15 died.", "killed 15 exact unspecified");
        assertClaims("Some 40 villagers were killed in the raid.", "killed 40 about civilians");
        assertClaims("Nearly 70 people were wounded.", "injured 70 about civilians");
        assertClaims("An estimated 2.5 million people died in the famine.", "killed 2500000 about civilians");
        assertClaims("As many as 80 people were injured.", "injured 80 up_to civilians");
        assertClaims("Up to 12 crew members are missing.", "missing 12 up_to civilians");
    }

    @Test
    void ranges() {
        assertClaims("Between 10 and 15 soldiers were killed.", "killed 10-15 range security_forces");
        assertClaims("The attack killed 20 to 25 civilians.", "killed 20-25 range civilians");
        assertClaims("Officials said 30-40 people were injured.", "injured 30-40 range civilians");
    }

    @Test
    void numberWords() {
        assertClaims("Twenty-five miners were trapped and two were killed.", "killed 2 exact unspecified");
        assertClaims("A hundred people were arrested.", "arrested 100 exact unspecified");
        assertClaims("A dozen tourists were injured.", "injured 12 exact civilians");
        assertClaims("Both pilots died in the crash.", "killed 2 exact civilians");
        assertClaims("Two hundred and fifty people were rescued, but 31 drowned.", "killed 31 exact unspecified");
    }

    @Test
    void vaguePlurals() {
        assertClaims("Hundreds were injured as the stands collapsed.", "injured 200 at_least unspecified vague");
        assertClaims("Thousands of protesters were arrested.", "arrested 2000 at_least protesters vague");
        assertClaims("Scores of people were killed.", "killed 40 at_least civilians vague");
        assertClaims("Tens of thousands died in the epidemic's first year.",
                "killed 20000 at_least unspecified vague");
    }
}
