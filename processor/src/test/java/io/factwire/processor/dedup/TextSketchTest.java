package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import org.junit.jupiter.api.Test;

class TextSketchTest {
    static final MinHashBands BANDS =
            new MinHashBands(DedupConfig.DEFAULTS.bands(), DedupConfig.DEFAULTS.rowsPerBand());

    static ArticleSignature sign(String body) {
        Article article = StageDriver.article("x", null, null, body, null, DedupStageTest.T0);
        return ArticleSignature.of(article, DedupConfig.DEFAULTS, BANDS);
    }

    /** A long article: its opening, then {@code words} words of its own. */
    static String longArticle(String opening, int from, int words) {
        return opening + " " + ContainmentSketchTest.words(from, from + words);
    }

    @Test
    void aTeaserCopyingTheLeadOfALongArticleIsANearCopyOnlyThroughTheLead() {
        String teaser = ContainmentSketchTest.words(0, 40);
        ArticleSignature shortText = sign(teaser);
        ArticleSignature longText = sign(longArticle(teaser, 1000, 1200));
        assertThat(shortText.sketch().lead()).isNull();
        assertThat(longText.sketch().lead()).isNotNull();
        assertThat(shortText.sketch().whole().compare(longText.sketch().whole()).isNearCopy(DedupConfig.DEFAULTS))
                .as("whole texts: Jaccard far below the floor").isFalse();
        assertThat(shortText.sketch().nearCopy(longText.sketch(), DedupConfig.DEFAULTS)).isPresent();
        assertThat(longText.sketch().nearCopy(shortText.sketch(), DedupConfig.DEFAULTS)).isPresent();
        // Found in the index: the teaser's bands meet the lead's bands in the same buckets.
        assertThat(shortText.bandKeys()).containsAnyElementsOf(longText.bandKeys());
    }

    @Test
    void twoLongArticlesSharingOnlyTheirOpeningAreJudgedWhole() {
        String opening = ContainmentSketchTest.words(0, 70);
        TextSketch one = sign(longArticle(opening, 1000, 600)).sketch();
        TextSketch other = sign(longArticle(opening, 5000, 600)).sketch();
        assertThat(one.nearCopy(other, DedupConfig.DEFAULTS)).isEmpty();
    }
}
