package io.factwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.schemas.ArticleContent.Problem;
import io.factwire.schemas.ArticleContent.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleContentTest {

    private static Optional<Problem> problem(String id, String title, String body) {
        return ArticleContent.check(id, title, body).map(Violation::problem);
    }

    @Test
    void plainArticlesAndHeadlineOnlyItemsPass() {
        assertThat(ArticleContent.check("a", "Dam breaks", "12 people were killed; 3 < 4 and <3 are not markup.")).isEmpty();
        assertThat(ArticleContent.check("a", "Dam breaks", "")).isEmpty();
    }

    @Test
    void eachRuleRefusesWithItsReason() {
        assertThat(problem(null, "t", "b")).contains(Problem.MISSING_ID);
        assertThat(problem("a", null, " ")).contains(Problem.MISSING_BODY);
        assertThat(problem("a", null, "x".repeat(ArticleContent.MAX_BODY_BYTES + 1))).contains(Problem.BODY_TOO_LARGE);
        assertThat(problem("a", "t".repeat(ArticleContent.MAX_TITLE_BYTES + 1), "b")).contains(Problem.BODY_TOO_LARGE);
        assertThat(ArticleContent.check("a", null, "K\uFFFDln: mis-decoded text, but valid UTF-8")).isEmpty();
        assertThat(problem("a", null, "<!DOCTYPE html><html><body>x</body></html>")).contains(Problem.RAW_HTML);
        assertThat(ArticleContent.check("a", null, "é".repeat(600_000)).orElseThrow().message())
                .isEqualTo("body over the size limit: body is 1200000 bytes, over the limit of 1048576 bytes");
    }

    @Test
    void recordsHaveRoomForAnArticleAtTheLimitAndWhatTheStagesAdd() {
        assertThat(ArticleContent.MAX_RECORD_BYTES).isGreaterThanOrEqualTo(2 * ArticleContent.MAX_BODY_BYTES);
    }
}
