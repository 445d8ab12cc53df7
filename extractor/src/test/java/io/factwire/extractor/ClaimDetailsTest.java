package io.factwire.extractor;

import static io.factwire.extractor.ClaimAssertions.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution, place, background flag, sentence text and offsets of a claim. */
class ClaimDetailsTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void attributionAfterTheClaim() {
        assertThat(extract("Over 500 civilians were injured in the riots in Oran, the Ennahar news agency reported.")
                .get(0).attribution()).isEqualTo("the Ennahar news agency");
    }

    @Test
    void attributionWithAccordingTo() {
        assertThat(extract("According to Reuters, 14 people were killed.").get(0).attribution()).isEqualTo("Reuters");
    }

    @Test
    void attributionAfterSaid() {
        assertThat(extract("Seven people died, said provincial police spokesman Ali Karimi.").get(0).attribution())
                .isEqualTo("provincial police spokesman Ali Karimi");
    }

    @Test
    void attributionWithPrepositionsInside() {
        assertThat(extract("A spokesman for St. Mary's Hospital in Galway said 4 patients were treated for burns.")
                .get(0).attribution()).isEqualTo("A spokesman for St. Mary's Hospital in Galway");
    }

    @Test
    void possessiveSource() {
        assertThat(extract("A 19-year-old student died in hospital from head injuries, his family said.").get(0)
                .attribution()).isEqualTo("his family");
    }

    @Test
    void headlineSourceAfterOrBeforeAColon() {
        assertThat(extract("Ferry capsizes off Lesbos, 12 missing: coastguard").get(0).attribution())
                .isEqualTo("coastguard");
        assertThat(extract("Police: two officers wounded in ambush").get(0).attribution()).isEqualTo("Police");
        assertThat(extract("Inferno Week: four dead as fires spread").get(0).attribution()).isNull();
    }

    @Test
    void pronounSourceIsTheLastNamedSource() {
        List<ExtractedClaim> claims = extract("Rescue chief Anna Berg said the search would go on. "
                + "Four hikers are still missing, she said.");
        assertThat(claims).singleElement().extracting(ExtractedClaim::attribution).isEqualTo("Rescue chief Anna Berg");
    }

    @Test
    void placeNamedInTheSentence() {
        assertThat(extract("Three people were killed in Mosul on Friday.").get(0).location()).isEqualTo("Mosul");
    }

    @Test
    void placeFromTheDateline() {
        assertThat(extract("LAGOS (Reuters) - Gunmen killed six farmers overnight.").get(0).location())
                .isEqualTo("LAGOS");
    }

    @Test
    void earlierEventsAreBackground() {
        ArticleText article = new ArticleText("a", null, "A quake struck on Monday, killing 9 people. "
                + "In 2010 a stronger quake killed 2,000 people in the same region.", LocalDate.of(2013, 7, 2));
        assertThat(extractor.extract(article)).extracting(ExtractedClaim::count, ExtractedClaim::background)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9L, false),
                        org.assertj.core.groups.Tuple.tuple(2000L, true));
    }

    @Test
    void offsetsIndexTheFullTextIncludingTheTitle() {
        ArticleText article = new ArticleText("a", "Mine blast kills 12", "Rescuers found 3 survivors.", null);
        ExtractedClaim claim = extractor.extract(article).get(0);
        assertThat(article.fullText().substring(claim.start(), claim.end())).isEqualTo(claim.text())
                .isEqualTo("Mine blast kills 12");
        assertThat(claim.doc()).isEqualTo("a");
    }
}
