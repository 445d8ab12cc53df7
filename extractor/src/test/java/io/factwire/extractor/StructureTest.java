package io.factwire.extractor;

import static io.factwire.extractor.ClaimAssertions.assertClaims;
import static io.factwire.extractor.ClaimAssertions.assertNoClaims;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms that carry the grammar past its word lists: WordNet's person nouns and verb senses,
 * coordination and parts, verb-argument links of idioms (hostage, reflexive, possessed acts). One sentence of
 * my own per mechanism, worded so that no hand-written list entry could pass it.
 */
class StructureTest {

    @Nested
    class WordNet {
        @Test
        void personNounTheTableDoesNotKnow() {
            assertClaims("Three smugglers were detained at the border crossing.", "arrested 3 exact militants");
        }

        @Test
        void groupFromTheHypernyms() {
            assertClaims("Coast guards detained 14 brigands off the coast.", "arrested 14 exact militants");
        }

        @Test
        void verbWhoseFirstSenseIsAKindOfKilling() {
            assertClaims("Two shopkeepers were strangled in their store.", "killed 2 exact civilians");
        }

        @Test
        void derivedVerbCountsOnlyPeople() {
            assertNoClaims("The gang strangled 30 chickens.");
        }

        @Test
        void capitalizedCommonNounIsAName() {
            assertClaims("Police said Baker was arrested on Tuesday.", "arrested 1 exact unspecified");
        }
    }

    @Nested
    class Coordination {
        @Test
        void countsSharingOneHead() {
            assertClaims("Marines detained 14 Eritrean and 6 Sudanese smugglers.",
                    "arrested 14 exact militants", "arrested 6 exact militants");
        }

        @Test
        void coordinatedModifiers() {
            assertClaims("Police arrested 20 Greek and Albanian smugglers.", "arrested 20 exact militants");
        }

        @Test
        void noSharedHeadAcrossAThing() {
            assertNoClaims("Police seized four trucks and a boat.");
        }

        @Test
        void partsInParenthesesThatAddUp() {
            assertClaims("Police arrested 20 smugglers (14 Eritrean and 6 Sudanese) near the port.",
                    "arrested 20 exact militants", "arrested 14 exact militants", "arrested 6 exact militants");
        }

        @Test
        void aParenthesisThatDoesNotAddUpIsNoPart() {
            assertClaims("Police arrested 20 smugglers (4 and 9 in earlier raids).", "arrested 20 exact militants");
        }

        @Test
        void partitiveOpening() {
            assertClaims("Of the 30 people killed, 18 were children and 12 women.",
                    "killed 30 exact civilians", "killed 18 exact civilians", "killed 12 exact civilians");
        }

        @Test
        void twoNamedPeopleWithTheirAgesAreTwo() {
            assertClaims("Juan Ortiz, 20, and Pedro Ruiz, 24, were arrested on Friday.", "arrested 2 exact unspecified");
        }

        @Test
        void subjectWithAWhoseClause() {
            assertClaims("Two men whose names were not released were arrested overnight.",
                    "arrested 2 exact unspecified"); // arrested men are suspects, not civilians
        }

        @Test
        void secondIsAnOrdinalBeforeAPerson() {
            assertClaims("The second deputy was injured when he fell.", "injured 1 exact security_forces");
        }

        @Test
        void twoNamedPeopleAreTwo() {
            assertClaims("Garcia and Lopez were arrested at the airport.", "arrested 2 exact unspecified");
        }
    }

    @Nested
    class Idioms {
        @Test
        void hostageObject() {
            assertClaims("The inmate took three nurses hostage at the clinic.", "kidnapped 3 exact civilians");
        }

        @Test
        void hostageThemStandsForTheCountBefore() {
            assertClaims("The gunmen stopped a bus with 12 passengers and held them hostage for a day.",
                    "kidnapped 12 exact civilians");
        }

        @Test
        void hostageInARelativeClause() {
            assertClaims("A nurse he took hostage escaped unharmed.", "kidnapped 1 exact civilians");
        }

        @Test
        void reflexiveVerbWithAKillingSense() {
            assertClaims("A prisoner hanged himself in his cell, police said.", "killed 1 exact civilians");
        }

        @Test
        void suicide() {
            assertClaims("The former minister committed suicide at his home.", "killed 1 exact civilians");
        }

        @Test
        void possessedArrest() {
            assertClaims("The suspect was silent in the days after his arrest.", "arrested 1 exact unspecified");
        }

        @Test
        void possessedArrestBeforeANounIsNoArrest() {
            assertNoClaims("The judge signed his arrest warrant.");
        }

        @Test
        void subjectOfAClauseWithNoSubject() {
            assertClaims("A smuggler escaped from a van after being arrested in the port.",
                    "arrested 1 exact militants");
        }

        @Test
        void countCarriedByAKillingNoun() {
            assertClaims("Relatives of the five murder victims spoke to reporters.", "killed 5 exact unspecified");
        }

        @Test
        void multipleKilling() {
            assertClaims("Detectives reopened a triple homicide from the spring.", "killed 3 exact civilians");
        }

        @Test
        void ordinalVictimIsOne() {
            assertClaims("Two guards were shot; a third was wounded in the arm.", "injured 1 exact civilians");
        }

        @Test
        void custodyIdioms() {
            assertClaims("The driver is in police custody.", "arrested 1 exact unspecified");
            assertClaims("She was placed under arrest at the scene.", "arrested 1 exact unspecified");
        }

        @Test
        void hospitalizedAfterViolence() {
            assertClaims("A cashier was hospitalized after the robbery attack.", "injured 1 exact civilians");
            assertNoClaims("A cashier was hospitalized with pneumonia after a heart attack.");
        }

        @Test
        void objectBeforeDead() {
            assertClaims("The farmer shoots his neighbour dead", "killed 1 exact civilians");
        }

        @Test
        void treatedAsIsNoTreatment() {
            assertNoClaims("The blaze at the store is being treated as suspicious after the attack.");
        }

        @Test
        void moreCustodyIdioms() {
            assertClaims("He was remanded in custody.", "arrested 1 exact unspecified");
            assertClaims("She has been denied bail.", "arrested 1 exact unspecified");
        }

        @Test
        void severalDozenIsAVagueTwoDozen() {
            assertClaims("Police detained several dozen protesters.", "arrested 24 at_least protesters vague");
        }
    }

    @Nested
    class SeizureOfPlacesAndThings {
        @Test
        void aPlaceNameIsNoArrest() {
            assertNoClaims("Rebels captured Kidal Airport on Friday.");
        }

        @Test
        void aOneWordNameIsNoArrest() {
            assertNoClaims("Rebels captured Goma on Tuesday.");
        }

        @Test
        void thingsAreNoArrests() {
            assertNoClaims("The navy seized three boats and a cache of weapons.");
        }
    }
}
