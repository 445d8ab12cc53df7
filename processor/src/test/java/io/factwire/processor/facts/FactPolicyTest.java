package io.factwire.processor.facts;

import static io.factwire.processor.facts.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Claim;
import io.factwire.avro.Qualifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactPolicyTest {

    private final FactPolicy policy = new FactPolicy();

    /** The shape of the seed articles' security-forces toll, in sentences written for this test. */
    private static List<Claim> risingToll() {
        return List.of(
                claim("a1", 12, Qualifier.more_than).setAttribution("police spokeswoman Dana Orlova").build(),
                claim("a1", 1, Qualifier.exact).setText("One of the officers was found beheaded.").build(),
                claim("a2", 12, Qualifier.exact).setAttribution("the Channel-9 TV channel").build(),
                claim("a3", 8, Qualifier.at_least).setAttribution("local media outlets").build(),
                claim("a4", 13, Qualifier.exact).build(),
                claim("a4", 13, Qualifier.at_least).setText("At least thirteen soldiers died.").build());
    }

    @Test
    void bestIsTheLargestCommittedFigureLowTheSmallestHighTheLargestStated() {
        FactFigures figures = policy.figures(risingToll()).orElseThrow();

        assertThat(figures.low()).isEqualTo(8);
        assertThat(figures.best()).isEqualTo(13);
        assertThat(figures.high()).isEqualTo(13);
        assertThat(figures.qualifier()).isEqualTo(Qualifier.exact);
        assertThat(figures.articles()).containsExactly("a1", "a2", "a3", "a4");
        assertThat(figures.claims()).hasSize(6);
    }

    @Test
    void aPartSinglingOutOneVictimDoesNotLowerTheArticlesFigure() {
        FactFigures figures = policy.figures(List.of(
                claim("a1", 12, Qualifier.exact).build(),
                claim("a1", 1, Qualifier.exact).setText("One was beheaded.").build())).orElseThrow();

        assertThat(figures.low()).isEqualTo(12);
        assertThat(figures.best()).isEqualTo(12);
    }

    @Test
    void qualifierOfBestIsKept() {
        FactFigures figures = policy.figures(List.of(claim("a1", 500, Qualifier.more_than).build())).orElseThrow();

        assertThat(figures.best()).isEqualTo(500);
        assertThat(figures.qualifier()).isEqualTo(Qualifier.more_than);
    }

    @Test
    void articlesQuotingTheSameAgencyAreOneOrigin() {
        FactFigures figures = policy.figures(List.of(
                claim("a1", 353, Qualifier.exact).setAttribution("The State news channel Channel-9").build(),
                claim("a2", 353, Qualifier.exact).setAttribution("the Channel-9 TV channel").build())).orElseThrow();

        assertThat(figures.sources()).isEqualTo(2);
        assertThat(figures.origins()).containsExactly("channel-9");
    }

    @Test
    void articlesWithoutAttributionAreEachTheirOwnOrigin() {
        FactFigures figures = policy.figures(List.of(
                claim("a1", 3, Qualifier.exact).build(),
                claim("a2", 3, Qualifier.exact).build(),
                claim("a3", 3, Qualifier.exact).setAttribution("Northland Post").build())).orElseThrow();

        assertThat(figures.origins()).containsExactly("article:a1", "article:a2", "northland post");
    }

    @Test
    void vagueWordsCountOnlyWhileNoDefiniteFigureExists() {
        Claim dozens = claim("a1", 24, Qualifier.at_least).setVague(true).build();
        assertThat(policy.figures(List.of(dozens)).orElseThrow().best()).isEqualTo(24);

        FactFigures withDefinite = policy.figures(List.of(dozens, claim("a2", 13, Qualifier.exact).build())).orElseThrow();
        assertThat(withDefinite.best()).isEqualTo(13);
        assertThat(withDefinite.high()).isEqualTo(13);
        assertThat(withDefinite.sources()).isEqualTo(2);
    }

    @Test
    void rangesReachHighAndCeilingsOnlyCountWithoutAFloor() {
        FactFigures range = policy.figures(List.of(
                claim("a1", 10, Qualifier.range).setHigh(15L).build(),
                claim("a2", 50, Qualifier.up_to).build())).orElseThrow();
        assertThat(range.low()).isEqualTo(10);
        assertThat(range.best()).isEqualTo(10);
        assertThat(range.high()).isEqualTo(50);

        FactFigures ceilingOnly = policy.figures(List.of(claim("a2", 50, Qualifier.up_to).build())).orElseThrow();
        assertThat(ceilingOnly.best()).isEqualTo(50);
        assertThat(ceilingOnly.qualifier()).isEqualTo(Qualifier.up_to);
    }

    @Test
    void backgroundClaimsAreNeverFolded() {
        Claim earlierEvent = claim("a1", 170_000, Qualifier.exact).setBackground(true).build();
        assertThat(policy.figures(List.of(earlierEvent))).isEmpty();

        FactFigures figures = policy.figures(List.of(earlierEvent, claim("a1", 4, Qualifier.exact).build())).orElseThrow();
        assertThat(figures.high()).isEqualTo(4);
        assertThat(figures.claims()).hasSize(1);
    }

    @Test
    void permutationsOfTheSameClaimsGiveTheSameFigures() {
        FactFigures expected = policy.figures(risingToll()).orElseThrow();
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<Claim> shuffled = new ArrayList<>(risingToll());
            Collections.shuffle(shuffled, random);
            assertThat(policy.figures(shuffled)).contains(expected);
        }
    }

    @Test
    void claimsAreCapped() {
        List<Claim> many = new ArrayList<>();
        for (int article = 0; article < 30; article++) many.add(claim("a" + article, article + 1, Qualifier.exact).build());

        FactFigures figures = new FactPolicy(10).figures(many).orElseThrow();
        assertThat(figures.claims()).hasSize(10);
        assertThat(figures.sources()).isEqualTo(30);
        assertThat(figures.best()).isEqualTo(30);
    }

    @Test
    void oneOutlierOriginDoesNotBecomeBestAloneAndTheFactIsContested() {
        List<Claim> claims = new ArrayList<>(List.of(
                claim("a1", 1000, Qualifier.exact).setAttribution("the health ministry").build(),
                claim("a2", 1000, Qualifier.at_least).build(),
                claim("a3", 900, Qualifier.about).build(),
                claim("a4", 2500, Qualifier.more_than).build()));

        FactFigures held = policy.figures(claims).orElseThrow();
        assertThat(held.best()).as("2,500 from one origin is more than twice the corroborated 1,000").isEqualTo(1000);
        assertThat(held.high()).isEqualTo(2500);
        assertThat(held.contested()).isTrue();
        assertThat(held.competing()).extracting(figure -> figure.getCount()).containsExactly(2500L, 1000L);
        assertThat(held.competing().getFirst().getArticles()).containsExactly("a4");
        assertThat(held.competing().get(1).getOrigins()).containsExactly("article:a2", "health ministry");

        claims.add(claim("a5", 2600, Qualifier.exact).setAttribution("Reuters").build());
        FactFigures corroborated = policy.figures(claims).orElseThrow();
        assertThat(corroborated.best()).as("a second independent origin near it releases it").isEqualTo(2600);
        assertThat(corroborated.contested()).isFalse();
        assertThat(corroborated.competing()).isEmpty();
    }

    @Test
    void aRisingTollWithinTheRatioIsNotHeld() {
        FactFigures figures = policy.figures(List.of(claim("a1", 40, Qualifier.at_least).build(),
                claim("a2", 72, Qualifier.exact).build())).orElseThrow();
        assertThat(figures.best()).isEqualTo(72);
        assertThat(figures.contested()).isFalse();
    }

    @Test
    void oneOriginAloneIsBestWhateverItsFigure() {
        FactFigures figures = policy.figures(List.of(claim("a1", 353, Qualifier.exact).build(),
                claim("a1", 5, Qualifier.exact).setText("Five of them are in hospital.").build())).orElseThrow();
        assertThat(figures.best()).isEqualTo(353);
        assertThat(figures.contested()).isFalse();
    }

    @Test
    void articlesQuotingOneSourceAreOneOriginAndCannotCorroborateEachOther() {
        FactFigures figures = policy.figures(List.of(
                claim("a1", 10, Qualifier.exact).setAttribution("police").build(),
                claim("a2", 80, Qualifier.exact).setAttribution("Khabar-24").build(),
                claim("a3", 80, Qualifier.exact).setAttribution("the Khabar-24 TV channel").build())).orElseThrow();
        assertThat(figures.best()).isEqualTo(10);
        assertThat(figures.contested()).isTrue();
    }

    @Test
    void figuresDatedToAnotherYearThanTheArticleStayOut() {
        Claim war = claim("a1", 1_000_000, Qualifier.about)
                .setText("The 1980 war killed about a million people, the minister recalled.").build();
        Claim lastDecember = claim("a2", 70, Qualifier.exact)
                .setPublished(java.time.Instant.parse("2024-01-03T10:00:00Z"))
                .setText("Police detained 70 people in December 2023.").build();
        Claim theCount = claim("a3", 2000, Qualifier.exact).setText("Of the 2000 injured, 40 remain in hospital.").build();

        FactFigures figures = policy.figures(List.of(war, lastDecember, theCount)).orElseThrow();
        assertThat(figures.sources()).as("the war's toll is about 1980").isEqualTo(2);
        assertThat(figures.high()).isEqualTo(2000);
        assertThat(policy.figures(List.of(war))).isEmpty();
    }
}
