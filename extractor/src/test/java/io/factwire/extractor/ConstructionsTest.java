package io.factwire.extractor;

import static io.factwire.extractor.ClaimAssertions.assertClaims;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One realistic sentence per construction English uses to report casualties, with the exact claims expected. */
class ConstructionsTest {

    @Nested
    class ActiveVerbs {
        @Test
        void objectAfterTheVerb() {
            assertClaims("A car bomb killed 11 people outside a market in the northern city on Sunday.",
                    "killed 11 exact civilians");
        }

        @Test
        void gerundWithQualifier() {
            assertClaims("Gunmen stormed the checkpoint overnight, killing at least eight soldiers.",
                    "killed 8 at_least security_forces");
        }

        @Test
        void twoVerbsTwoObjects() {
            assertClaims("The blast killed four miners and injured 23 others at the pit.",
                    "killed 4 exact civilians", "injured 23 exact civilians");
        }

        @Test
        void coordinatedObjectsAreSeparateClaims() {
            assertClaims("The fire killed two women and a man in the apartment block.",
                    "killed 2 exact civilians", "killed 1 exact civilians");
        }

        @Test
        void oneSingledOutPersonIsOne() {
            assertClaims("A stray shell killed a 12-year-old boy in the village.", "killed 1 exact civilians");
        }

        @Test
        void namedVictimIsOne() {
            assertClaims("The gunman then shot and killed Maria Delgado, 34, a nurse at the clinic.",
                    "killed 1 exact civilians");
        }

        @Test
        void headlineWithoutArticles() {
            assertClaims("Bus crash kills 14, injures 30 in mountain pass",
                    "killed 14 exact unspecified", "injured 30 exact unspecified");
        }

        @Test
        void killingOfNominalization() {
            assertClaims("Residents protested against the killing of more than a dozen demonstrators by troops.",
                    "killed 12 more_than protesters");
        }

        @Test
        void arrestOfNamedSuspect() {
            assertClaims("Officers arrested Daniel Brooks at his home on Tuesday.", "arrested 1 exact unspecified");
        }

        @Test
        void kidnapped() {
            assertClaims("Armed men kidnapped three aid workers near the border on Monday.",
                    "kidnapped 3 exact civilians");
        }
    }

    @Nested
    class SubjectsOfPassiveAndIntransitiveVerbs {
        @Test
        void passiveSubject() {
            assertClaims("At least 27 people were killed when the ferry capsized.", "killed 27 at_least civilians");
        }

        @Test
        void intransitiveDied() {
            assertClaims("Three climbers died after an avalanche swept the slope.", "killed 3 exact civilians");
        }

        @Test
        void vaguePluralIsAnAtLeastFigure() {
            assertClaims("Dozens of rebels were killed in the fighting.", "killed 24 at_least militants vague");
        }

        @Test
        void bareFigureTakesTheGroupOfTheFigureBefore() {
            assertClaims("Nine police officers were injured in the clashes, 2 were killed, the ministry said.",
                    "injured 9 exact security_forces", "killed 2 exact security_forces");
        }

        @Test
        void adjectivalDeadAndInjured() {
            assertClaims("The storm left 6 dead and more than 40 injured across the island.",
                    "killed 6 exact unspecified", "injured 40 more_than unspecified");
        }

        @Test
        void appositiveBetweenSubjectAndVerb() {
            assertClaims("Two guards, both veterans of the service, were wounded in the attack.",
                    "injured 2 exact security_forces");
        }

        @Test
        void relativeClauseSubject() {
            assertClaims("Sgt. Alan Price, who was shot in the chest, died on the way to hospital.",
                    "killed 1 exact security_forces");
        }

        @Test
        void sharedSubjectOfCoordinatedVerbs() {
            assertClaims("The driver fled the scene but was arrested a mile away.", "arrested 1 exact unspecified");
        }

        @Test
        void subjectWithALongModifier() {
            assertClaims("A woman accused of setting fire to a block of flats in the east of the city last month was "
                    + "detained on Sunday.", "arrested 1 exact unspecified");
        }

        @Test
        void partitiveCountsAsItsOwnClaim() {
            assertClaims("Doctors said 12 of the 40 wounded were in critical condition.",
                    "injured 12 exact unspecified", "injured 40 exact unspecified");
        }

        @Test
        void surrenderIsAnArrest() {
            assertClaims("The suspect gave himself up to police late on Friday.", "arrested 1 exact unspecified");
        }

        @Test
        void takenIntoCustody() {
            assertClaims("A 30-year-old man was taken into custody at the scene.", "arrested 1 exact unspecified");
        }

        @Test
        void pluralNounTheLexiconDoesNotKnow() {
            assertClaims("Two Kurds were electrocuted while repairing the cables.", "killed 2 exact unspecified");
        }

        @Test
        void personNounFromWordNet() {
            assertClaims("Two linemen were electrocuted while repairing the cables.", "killed 2 exact civilians");
        }

        @Test
        void missing() {
            assertClaims("Four fishermen remain missing after the boat sank.", "missing 4 exact civilians");
        }
    }

    @Nested
    class TollsAndNouns {
        @Test
        void deathTollRose() {
            assertClaims("The death toll from the floods rose to 61 on Wednesday.", "killed 61 exact unspecified");
        }

        @Test
        void bringingTheToll() {
            assertClaims("Rescuers pulled two more bodies from the rubble, bringing the death toll to 19.",
                    "killed 2 exact unspecified", "killed 19 exact unspecified");
        }

        @Test
        void numberOfKilledWas() {
            assertClaims("The number of miners killed in the explosion was 31, the company said.",
                    "killed 31 exact civilians");
        }

        @Test
        void claimedLives() {
            assertClaims("The cholera outbreak has claimed 58 lives in the province.", "killed 58 exact unspecified");
        }

        @Test
        void figureBeforeNoun() {
            assertClaims("Police reported 14 arrests and two deaths after the match.",
                    "arrested 14 exact unspecified", "killed 2 exact unspecified");
        }

        @Test
        void deathOfNamedPersonInAnAttack() {
            assertClaims("The shooting led to the death of Officer Tom Reyes outside the station.",
                    "killed 1 exact security_forces");
        }
    }
}
