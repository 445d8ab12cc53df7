package io.factwire.processor.facts;

import static io.factwire.processor.facts.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Claim;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.TestDrivers;
import io.factwire.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactStageTest {

    private static final String KILLED = "e1/killed/security_forces";
    private static final String KILLED_TOTAL = "e1/killed/all";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, ArticleClaims> batches;
    private TestOutputTopic<String, FactState> facts;
    private TestOutputTopic<String, FactUpdate> updates;

    @BeforeEach
    void start() {
        ProcessorConfig config = TestDrivers.config(stateDir);
        Topics topics = new Topics(config.asMap());
        ArticleClaimsSerde batchSerde = new ArticleClaimsSerde(topics.claims().valueSerde());
        StreamsBuilder builder = new StreamsBuilder();
        FactStage.apply(builder.stream("test-batches", Consumed.with(Serdes.String(), batchSerde).withName("test-source")),
                topics, FactConfig.defaults());
        driver = new TopologyTestDriver(builder.build(config.streamsProperties()), config.streamsProperties());
        batches = driver.createInputTopic("test-batches", Serdes.String().serializer(), batchSerde.serializer());
        facts = driver.createOutputTopic(Topics.FACTS, Serdes.String().deserializer(),
                topics.facts().valueSerde().deserializer());
        updates = driver.createOutputTopic(Topics.FACT_UPDATES, Serdes.String().deserializer(),
                topics.factUpdates().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String article, Claim... claims) {
        batches.pipeInput(article, new ArticleClaims(article, "e1", List.of(claims)), Instant.parse("2024-03-01T12:00:00Z"));
    }

    @Test
    void aClaimMakesAGroupFactAndItsTotal() {
        send("a1", claim("a1", 8, Qualifier.at_least).build());

        Map<String, FactState> latest = facts.readKeyValuesToMap();
        assertThat(latest).containsOnlyKeys(KILLED, KILLED_TOTAL);
        assertThat(latest.get(KILLED).getBest()).isEqualTo(8);
        assertThat(latest.get(KILLED).getQualifier()).isEqualTo(Qualifier.at_least);
        assertThat(latest.get(KILLED_TOTAL).getGroup()).isEqualTo(VictimGroup.all);

        List<FactUpdate> changes = updates.readValuesToList();
        assertThat(changes).hasSize(2).allSatisfy(update -> {
            assertThat(update.getBefore()).isNull();
            assertThat(update.getCause()).isEqualTo("a1");
        });
    }

    @Test
    void aLaterHigherFigureRaisesBestAndRecordsBeforeAndAfter() {
        send("a1", claim("a1", 8, Qualifier.at_least).build());
        updates.readValuesToList();
        send("a2", claim("a2", 13, Qualifier.exact).build());

        FactUpdate update = updates.readKeyValuesToMap().get(KILLED);
        assertThat(update.getBefore().getBest()).isEqualTo(8);
        assertThat(update.getAfter().getBest()).isEqualTo(13);
        assertThat(update.getAfter().getLow()).isEqualTo(8);
        assertThat(update.getAfter().getSources()).isEqualTo(2);
        assertThat(update.getAfter().getVersion()).isEqualTo(2);
        assertThat(update.getAfter().getHistory()).hasSize(2);
        assertThat(update.getCause()).isEqualTo("a2");
    }

    @Test
    void nothingChangedNoUpdate() {
        send("a1", claim("a1", 8, Qualifier.at_least).build());
        updates.readValuesToList();
        facts.readValuesToList();

        send("a1", claim("a1", 8, Qualifier.at_least).build());

        assertThat(updates.isEmpty()).isTrue();
        assertThat(facts.isEmpty()).isTrue();
    }

    @Test
    void aResentArticleReplacesItsClaimsInsteadOfAdding() {
        send("a1", claim("a1", 8, Qualifier.at_least).build(), claim("a1", 5, Qualifier.exact).setOutcome(Outcome.injured).build());
        send("a1", claim("a1", 9, Qualifier.exact).build());

        Map<String, FactState> latest = facts.readKeyValuesToMap();
        assertThat(latest.get(KILLED).getBest()).isEqualTo(9);
        assertThat(latest.get(KILLED).getLow()).isEqualTo(9);
        assertThat(latest.get(KILLED).getSources()).isEqualTo(1);
        assertThat(latest.get(KILLED).getClaims()).hasSize(1);
        // The injured fact lost its only claim: a tombstone on facts, a removal on the feed.
        assertThat(latest).containsEntry("e1/injured/security_forces", null);
        FactUpdate removal = updates.readKeyValuesToMap().get("e1/injured/security_forces");
        assertThat(removal.getAfter().getSources()).isZero();
        assertThat(removal.getBefore().getBest()).isEqualTo(5);
    }

    @Test
    void backgroundClaimsAreNotFolded() {
        send("a1", claim("a1", 170_000, Qualifier.exact).setBackground(true).build(), claim("a1", 4, Qualifier.exact).build());

        FactState fact = facts.readKeyValuesToMap().get(KILLED);
        assertThat(fact.getHigh()).isEqualTo(4);
        assertThat(fact.getClaims()).extracting(c -> c.getCount()).containsExactly(4L);
    }

    @Test
    void theFinalFactsDoNotDependOnArrivalOrder() {
        List<ArticleClaims> sets = List.of(
                new ArticleClaims("a1", "e1", List.of(claim("a1", 12, Qualifier.more_than).setAttribution("Dana Orlova").build(),
                        claim("a1", 1, Qualifier.exact).setText("One was beheaded.").build())),
                new ArticleClaims("a2", "e1", List.of(claim("a2", 12, Qualifier.exact).build(),
                        claim("a2", 353, Qualifier.exact).setOutcome(Outcome.injured).build())),
                new ArticleClaims("a3", "e1", List.of(claim("a3", 8, Qualifier.at_least).build())),
                new ArticleClaims("a4", "e1", List.of(claim("a4", 13, Qualifier.exact).build(),
                        claim("a4", 24, Qualifier.at_least).setVague(true).setGroup(VictimGroup.protesters).build())));
        Map<String, FactState> forward = finalFacts(sets);
        List<ArticleClaims> backwards = new java.util.ArrayList<>(sets);
        java.util.Collections.reverse(backwards);
        List<ArticleClaims> resent = new java.util.ArrayList<>(sets);
        resent.addAll(List.of(sets.get(2), sets.get(0)));

        assertThat(finalFacts(backwards)).isEqualTo(forward);
        assertThat(finalFacts(resent)).isEqualTo(forward);
        assertThat(forward.get(KILLED).getBest()).isEqualTo(13);
        assertThat(forward.get(KILLED_TOTAL).getBest()).isEqualTo(37);
    }

    /** The facts after the claim sets, without what records the path taken (version, updated, history). */
    private Map<String, FactState> finalFacts(List<ArticleClaims> sets) {
        stop();
        start();
        sets.forEach(set -> batches.pipeInput(set.article(), set));
        Map<String, FactState> latest = new java.util.TreeMap<>(facts.readKeyValuesToMap());
        // Set in place: a builder copy would turn the claims into an Avro array, whose equals cannot compare times.
        latest.values().forEach(fact -> {
            fact.setVersion(0);
            fact.setUpdated(Instant.EPOCH);
            fact.setHistory(List.of());
        });
        return latest;
    }

    @Test
    void onlyBackgroundClaimsMakeNoFact() {
        send("a1", claim("a1", 170_000, Qualifier.exact).setBackground(true).build());

        assertThat(facts.isEmpty()).isTrue();
        assertThat(updates.isEmpty()).isTrue();
    }

    private static Claim at(String article, long count, String published) {
        return claim(article, count, Qualifier.exact).setPublished(Instant.parse(published)).build();
    }

    /** Monday 8, Tuesday 13 (a second origin), Wednesday 20 (a third): what each arrival order must give. */
    private static final List<ArticleClaims> WEEK = List.of(
            new ArticleClaims("mon", "e1", List.of(at("mon", 8, "2024-03-04T09:00:00Z"))),
            new ArticleClaims("tue", "e1", List.of(at("tue", 13, "2024-03-05T09:00:00Z"))),
            new ArticleClaims("wed", "e1", List.of(at("wed", 20, "2024-03-06T09:00:00Z"))));

    @Test
    void theSameClaimsInTwoArrivalOrdersGiveTheSameTimelineByPublicationTime() {
        List<ArticleClaims> mondayLast = List.of(WEEK.get(2), WEEK.get(1), WEEK.get(0));
        FactState inOrder = finalFacts(WEEK).get(KILLED);
        FactState late = finalFacts(mondayLast).get(KILLED);

        assertThat(late.getTimeline()).isEqualTo(inOrder.getTimeline());
        assertThat(finalFacts(mondayLast).get(KILLED_TOTAL).getTimeline())
                .isEqualTo(finalFacts(WEEK).get(KILLED_TOTAL).getTimeline());
        assertThat(inOrder.getTimeline()).extracting(point -> point.getAt().toString(), point -> point.getLow(),
                        point -> point.getBest(), point -> point.getHigh(), point -> point.getSources())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024-03-04T09:00:00Z", 8L, 8L, 8L, 1),
                        org.assertj.core.groups.Tuple.tuple("2024-03-05T09:00:00Z", 8L, 13L, 13L, 2),
                        org.assertj.core.groups.Tuple.tuple("2024-03-06T09:00:00Z", 8L, 20L, 20L, 3));
    }

    @Test
    void anUndatedArticleCountsFromTheFirstPublicationTimeWhateverItsArrival() {
        ArticleClaims undated = new ArticleClaims("undated", "e1",
                List.of(claim("undated", 10, Qualifier.exact).setPublished(null).build()));
        List<ArticleClaims> undatedFirst = List.of(undated, WEEK.get(1), WEEK.get(0));
        List<ArticleClaims> undatedLast = List.of(WEEK.get(1), WEEK.get(0), undated);

        FactState first = finalFacts(undatedFirst).get(KILLED);
        assertThat(finalFacts(undatedLast).get(KILLED).getTimeline()).isEqualTo(first.getTimeline());
        assertThat(first.getTimeline().getFirst().getAt()).isEqualTo(Instant.parse("2024-03-04T09:00:00Z"));
    }

    @Test
    void aLateArticleChangesTheTimelineFromItsPublicationTimeOn() {
        finalFacts(List.of(WEEK.get(0), WEEK.get(2)));
        batches.pipeInput("tue", WEEK.get(1));

        FactState fact = facts.readKeyValuesToMap().get(KILLED);
        assertThat(fact.getTimeline()).extracting(point -> point.getBest()).containsExactly(8L, 13L, 20L);
        assertThat(fact.getTimeline().get(1).getAt()).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
    }
}
