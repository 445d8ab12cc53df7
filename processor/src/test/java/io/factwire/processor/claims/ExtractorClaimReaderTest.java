package io.factwire.processor.claims;

import static io.factwire.processor.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import io.factwire.extractor.ClaimExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorClaimReaderTest {

    @Test
    void extractedClaimsCarryTheArticlesEventOutletAndTime() {
        Article article = Article.newBuilder(article("r1",
                        "At least eight police officers were killed in Riverton on Tuesday, the Northland news agency reported."))
                .setEvent("e9").build();

        List<Claim> claims = new ExtractorClaimReader(new ClaimExtractor()).read(article);

        assertThat(claims).isNotEmpty();
        Claim claim = claims.getFirst();
        assertThat(claim.getArticle()).isEqualTo("r1");
        assertThat(claim.getEvent()).isEqualTo("e9");
        assertThat(claim.getOutlet()).isEqualTo("outlet-r1");
        assertThat(claim.getPublished()).isEqualTo(article.getPublished());
        assertThat(claim.getOutcome()).isEqualTo(Outcome.killed);
        assertThat(claim.getCount()).isEqualTo(8);
        assertThat(claim.getQualifier()).isEqualTo(Qualifier.at_least);
        assertThat(claim.getGroup()).isEqualTo(VictimGroup.security_forces);
    }
}
