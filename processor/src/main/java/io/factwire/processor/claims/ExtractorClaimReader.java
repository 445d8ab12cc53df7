package io.factwire.processor.claims;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import io.factwire.extractor.ArticleText;
import io.factwire.extractor.ClaimExtractor;
import io.factwire.extractor.ExtractedClaim;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The claim reader of the running pipeline: factwire's extractor, its claims turned into the Avro contract.
 * The extractor's enums and the Avro enums share their lowercase wire names.
 */
public final class ExtractorClaimReader implements ClaimReader {

    private final ClaimExtractor extractor;

    public ExtractorClaimReader(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public List<Claim> read(Article article) {
        // The publication date lets the extractor tell figures of earlier events from this one's.
        LocalDate published = article.getPublished() == null ? null : LocalDate.ofInstant(article.getPublished(), ZoneOffset.UTC);
        List<ExtractedClaim> found = extractor.extract(
                new ArticleText(article.getId(), article.getTitle(), article.getBody(), published));
        return found.stream().map(claim -> toAvro(claim, article)).toList();
    }

    private static Claim toAvro(ExtractedClaim claim, Article article) {
        return Claim.newBuilder()
                .setArticle(article.getId())
                .setEvent(article.getEvent())
                .setOutlet(article.getOutlet())
                .setPublished(article.getPublished())
                .setOutcome(Outcome.valueOf(claim.outcome().wireName()))
                .setCount(claim.count())
                .setQualifier(Qualifier.valueOf(claim.qualifier().wireName()))
                .setHigh(claim.high())
                .setVague(claim.vague())
                .setGroup(VictimGroup.valueOf(claim.group().wireName()))
                .setAttribution(claim.attribution())
                .setLocation(claim.location())
                .setBackground(claim.background())
                .setText(claim.text())
                .setStart(claim.start())
                .setEnd(claim.end())
                .build();
    }
}
