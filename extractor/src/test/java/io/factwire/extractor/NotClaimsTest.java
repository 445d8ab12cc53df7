package io.factwire.extractor;

import static io.factwire.extractor.ClaimAssertions.assertClaims;
import static io.factwire.extractor.ClaimAssertions.assertNoClaims;

import org.junit.jupiter.api.Test;

/** Statements that look like casualty figures but are none: hypothetical, negated, no count, not people. */
class NotClaimsTest {

    @Test
    void hypotheticalAndFutureOutcomes() {
        assertNoClaims("Engineers warned that a breach of the dam could kill hundreds of villagers.");
        assertNoClaims("The group threatened to kill 20 hostages unless its demands were met.");
        assertNoClaims("If the levee fails, thousands may die.");
        assertNoClaims("Police are seeking a warrant for the arrest of the company's director.");
    }

    @Test
    void noCountNoClaim() {
        assertNoClaims("Several people were injured and many others were missing.");
        assertNoClaims("A number of protesters were arrested outside parliament.");
    }

    @Test
    void negatedAndNearOutcomes() {
        assertNoClaims("The bomb did not kill the 5 people inside the bus.");
        assertNoClaims("He had nearly killed two men in a fight in 2001.");
        assertNoClaims("Victims included two almost killed when they were stabbed.");
        assertClaims("Nearly 70 people were wounded.", "injured 70 about civilians");
    }

    @Test
    void noOneHurtIsZero() {
        assertClaims("No one was hurt when the roof collapsed.", "injured 0 exact unspecified");
        assertClaims("Fortunately no-one was injured in the blaze.", "injured 0 exact unspecified");
    }

    @Test
    void numbersThatCountSomethingElse() {
        assertNoClaims("The 6.4-magnitude quake destroyed 300 houses and damaged 12 schools.");
        assertNoClaims("She was 91 when she died of pneumonia at her home in Malibu.");
        assertNoClaims("The Boeing 737 was carrying supplies when it was hit on Jan. 14.");
        assertNoClaims("The rebels captured 100% of the northern district within 48 hours.");
    }

    @Test
    void agesAndFamiliesAreNotCounts() {
        assertClaims("Kevin Moss, 44, of Dayton, was arrested on Monday.", "arrested 1 exact unspecified");
        assertClaims("A mother of three died after her car was struck by a truck.", "killed 1 exact civilians");
    }

    @Test
    void obituariesAreNaturalDeaths() {
        assertNoClaims("Hollywood legend Doris Lane dies at 93");
        assertNoClaims("The actress died on Monday in Los Angeles after a long battle with cancer.");
    }

    @Test
    void theAgentOfAnActiveVerbIsNoVictim() {
        assertNoClaims("Investigators still do not know how many victims Turner killed.");
        assertNoClaims("Nobody knows how many people he killed.");
    }

    @Test
    void sportsInjuriesAreNoCasualties() {
        assertNoClaims("Two players were injured in Sunday's game against Leeds.");
        assertNoClaims("The quarterback was hurt in the second quarter and missed the rest of the game.");
        assertClaims("A stand collapsed during the match, and a stampede injured 45 fans.",
                "injured 45 exact civilians");
    }

    @Test
    void thingsAreNotPeople() {
        assertNoClaims("Stocks dropped, with 30 companies missing estimates.");
        assertNoClaims("The 2008 crisis killed 3 banks.");
        assertNoClaims("Both teams were hurt by the schedule.");
        assertNoClaims("Three boats were captured by the navy.");
        assertClaims("The navy captured 23 pirates.", "arrested 23 exact militants");
    }

    @Test
    void outcomeWordsInsideNames() {
        assertNoClaims("The film stars Emma Stone, Ryan Gosling and John Hurt.");
    }
}
