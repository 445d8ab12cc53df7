package io.factwire.processor.claims;

import static io.factwire.processor.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.TestDrivers;
import io.factwire.processor.facts.ArticleClaims;
import io.factwire.processor.facts.ArticleClaimsSerde;
import io.factwire.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStageTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> unique;
    private TestOutputTopic<String, Claim> claims;
    private TestInputTopic<String, String> moves;
    private TestOutputTopic<String, ArticleClaims> batches;
    private final List<String> read = new ArrayList<>();

    /** Claims by sentence: "killed 4 police" style bodies are not parsed here; the reader is the seam. */
    private List<Claim> read(Article article) {
        read.add(article.getId());
        if (article.getBody().contains("explode")) throw new IllegalStateException("extractor bug on " + article.getId());
        if (!article.getBody().contains("killed")) return List.of();
        Claim.Builder claim = Claim.newBuilder()
                .setArticle(article.getId()).setEvent(article.getEvent()).setOutlet(article.getOutlet())
                .setPublished(article.getPublished()).setOutcome(Outcome.killed).setCount(4).setQualifier(Qualifier.exact)
                .setGroup(VictimGroup.civilians).setText(article.getBody()).setStart(0).setEnd(article.getBody().length());
        return List.of(claim.build(),
                claim.setCount(300).setGroup(VictimGroup.unspecified).setBackground(true).build());
    }

    @BeforeEach
    void start() {
        ProcessorConfig config = TestDrivers.config(stateDir);
        Topics topics = new Topics(config.asMap());
        ArticleClaimsSerde batchSerde = new ArticleClaimsSerde(topics.claims().valueSerde());
        StreamsBuilder builder = new StreamsBuilder();
        // As the topology does: extraction where the article arrives, claims placed in the article's event.
        KStream<String, ClaimInput> extracted = builder.stream(Topics.ARTICLES_UNIQUE,
                        Consumed.with(Serdes.String(), topics.articlesUnique().valueSerde()).withName("test-source"))
                .mapValues((id, article) -> (ClaimInput) new ClaimInput.Extracted(
                        ClaimStage.inEvent(id, article.getEvent(), read(article)), article.getIngested().toEpochMilli()),
                        Named.as(ClaimStage.EXTRACT));
        KStream<String, ClaimInput> moved = builder.stream("test-moves",
                        Consumed.with(Serdes.String(), Serdes.String()).withName("test-moves-source"))
                .mapValues(event -> (ClaimInput) new ClaimInput.Moved(event), Named.as("test-moves"));
        ClaimStage.apply(extracted.merge(moved, Named.as("test-inputs")), topics, 2, Duration.ofDays(30))
                .to("test-batches", Produced.with(Serdes.String(), batchSerde).withName("test-sink"));
        driver = new TopologyTestDriver(builder.build(config.streamsProperties()), config.streamsProperties());
        unique = driver.createInputTopic(Topics.ARTICLES_UNIQUE, Serdes.String().serializer(),
                topics.articlesUnique().valueSerde().serializer());
        claims = driver.createOutputTopic(Topics.CLAIMS, Serdes.String().deserializer(), topics.claims().valueSerde().deserializer());
        moves = driver.createInputTopic("test-moves", Serdes.String().serializer(), Serdes.String().serializer());
        batches = driver.createOutputTopic("test-batches", Serdes.String().deserializer(), batchSerde.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, String body) {
        unique.pipeInput(id, Article.newBuilder(article(id, body)).setEvent("e7").build());
    }

    @Test
    void claimsAreKeyedByFactKeyAndBackgroundOnesStayFlagged() {
        send("a1", "Four civilians were killed.");

        Map<String, Claim> byKey = claims.readKeyValuesToMap();
        assertThat(byKey).containsOnlyKeys("e7/killed/civilians", "e7/killed/unspecified");
        assertThat(byKey.get("e7/killed/unspecified").getBackground()).isTrue();
        assertThat(byKey.get("e7/killed/civilians").getArticle()).isEqualTo("a1");
    }

    @Test
    void everyArticleHandsOnItsWholeClaimSetEvenAnEmptyOne() {
        send("a1", "Four civilians were killed.");
        send("a2", "Talks went on.");

        List<ArticleClaims> sets = batches.readValuesToList();
        assertThat(sets).extracting(ArticleClaims::article).containsExactly("a1", "a2");
        assertThat(sets.get(0).claims()).hasSize(2);
        assertThat(sets.get(0).foreground()).hasSize(1);
        assertThat(sets.get(1).claims()).isEmpty();
        assertThat(sets).allSatisfy(set -> assertThat(set.event()).isEqualTo("e7"));
    }

    @Test
    void anArticleWhoseExtractionThrowsIsADeadLetterAndTheStreamGoesOn() {
        send("bad", "This one will explode.");
        send("a2", "Four civilians were killed.");

        assertThat(read).containsExactly("bad", "a2");
        assertThat(batches.readValuesToList()).extracting(ArticleClaims::article).containsExactly("a2");
        assertThat(driver.producedTopicNames()).contains(Topics.DEAD_LETTERS);
    }

    @Test
    void aMovedArticleLeavesItsFormerEventAndTakesItsClaimsToTheNewOneWithoutBeingReadAgain() {
        send("a1", "Four civilians were killed.");
        batches.readValuesToList();
        claims.readValuesToList();

        moves.pipeInput("a1", "e9");

        assertThat(read).containsExactly("a1");
        List<ArticleClaims> sets = batches.readValuesToList();
        assertThat(sets).extracting(ArticleClaims::event).containsExactly("e7", "e9");
        assertThat(sets.get(0).claims()).isEmpty();
        assertThat(sets.get(1).claims()).hasSize(2).allSatisfy(claim -> assertThat(claim.getEvent()).isEqualTo("e9"));
        assertThat(claims.readKeyValuesToMap()).containsOnlyKeys("e9/killed/civilians", "e9/killed/unspecified");
    }

    @Test
    void aSecondMoveStartsFromWhereTheFirstLeftTheArticle() {
        send("a1", "Four civilians were killed.");
        moves.pipeInput("a1", "e9");
        batches.readValuesToList();

        moves.pipeInput("a1", "e11");

        assertThat(batches.readValuesToList()).extracting(ArticleClaims::event).containsExactly("e9", "e11");
    }

    @Test
    void claimsAreHeldForTheRetentionAfterTheArticlesIngestionAndNoLonger() {
        send("a1", "Four civilians were killed.");
        Article later = article("a2", "Talks went on.");
        later.setIngested(later.getIngested().plus(Duration.ofDays(31)));
        unique.pipeInput("a2", Article.newBuilder(later).setEvent("e7").build());
        batches.readValuesToList();

        moves.pipeInput("a1", "e9");

        assertThat(batches.isEmpty()).isTrue();
    }

    @Test
    void aMoveOfAnArticleWhoseClaimsAreNotHeldChangesNothing() {
        send("bad", "This one will explode.");

        moves.pipeInput("bad", "e9");

        assertThat(batches.isEmpty()).isTrue();
        assertThat(claims.isEmpty()).isTrue();
    }
}
