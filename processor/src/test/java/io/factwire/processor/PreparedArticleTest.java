package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.extractor.ClaimExtractor;
import io.factwire.processor.claims.ExtractorClaimReader;
import io.factwire.processor.dedup.DedupConfig;
import io.factwire.processor.dedup.DedupStage;
import io.factwire.processor.events.FeatureExtractor;
import io.factwire.processor.order.RankedBytes;
import io.factwire.processor.order.SourcePosition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreparedArticleTest {

    @Test
    void theHopsEncodingCarriesTheRankAtItsHeadAndDecodesToTheSameArticle() {
        Article article = Articles.article("a-1", "Police said 12 people were killed and 30 injured in Springfield on Monday.");
        PreparedArticle prepared = PreparedArticle.of(article, new SourcePosition(2, 41),
                        DedupStage.signer(DedupConfig.from(Map.of())).apply(article))
                .withFeatures(new FeatureExtractor().extract(article))
                .withClaims(new ExtractorClaimReader(new ClaimExtractor()).read(article));

        RankedBytes encoded = prepared.encoded();
        RankedBytes read = PreparedArticle.ENCODED.deserializer().deserialize("hop", encoded.bytes());
        PreparedArticle decoded = PreparedArticle.decoded(read);

        assertThat(read.source()).isEqualTo(new SourcePosition(2, 41));
        assertThat(read.ingested()).isEqualTo(article.getIngested().toEpochMilli());
        assertThat(decoded.article()).isEqualTo(article);
        assertThat(decoded.source()).isEqualTo(prepared.source());
        assertThat(decoded.claims()).isEqualTo(prepared.claims()).isNotEmpty();
        assertThat(decoded.features()).isEqualTo(prepared.features());
        assertThat(decoded.signature().bandKeys()).isEqualTo(prepared.signature().bandKeys());
    }
}
