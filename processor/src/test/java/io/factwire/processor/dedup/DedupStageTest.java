package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupStageTest {
    static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    static final String WIRE_STORY = """
            A fire broke out overnight in a textile warehouse on the northern edge of Portvale, the regional fire
            service said on Tuesday. Eleven crews fought the flames for more than six hours before the blaze was
            brought under control shortly after dawn. Two night-shift workers were taken to hospital with smoke
            inhalation and were later released, a spokeswoman for the county hospital said. The cause of the fire
            was not yet known and investigators were expected at the site later in the day. Residents of nearby
            streets were told to keep their windows shut because of the thick smoke that drifted across the river.
            The warehouse, which stored bales of cotton and synthetic fabric, had been inspected in January and no
            faults were found, according to the owner, a family firm that has operated in the town since 1962.
            """;

    static final String OTHER_REPORT = """
            Portvale residents woke on Tuesday to a column of black smoke rising over the northern industrial
            estate, where a fabric store went up in flames during the night. Firefighters from across the county
            were called in. The owner told our reporter the business had passed every inspection and that he was
            devastated. Local councillors have called for a review of fire safety rules for older warehouses, and
            the hospital confirmed that two employees had been treated and discharged after breathing in smoke.
            """;

    @Test
    void keepsFirstArrivalsAndReportsResendsCopiesAndUrlRepeats() throws Exception {
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            d.send(StageDriver.article("wire-1", "https://wire.example/fire", "Warehouse fire in Portvale", WIRE_STORY,
                    null, T0));
            d.send(StageDriver.article("other-1", "https://daily.example/smoke", "Smoke over Portvale", OTHER_REPORT,
                    null, T0.plusSeconds(60)));
            // The same id again: a resend.
            d.send(StageDriver.article("wire-1", "https://wire.example/fire", "Warehouse fire in Portvale", WIRE_STORY,
                    null, T0.plusSeconds(120)));
            // Syndicated: new headline, dateline, a paragraph cut, boilerplate added.
            String syndicated = "PORTVALE (Regional Press) - " + WIRE_STORY.substring(0, WIRE_STORY.indexOf("The warehouse"))
                    + "\nCopyright 2024 Regional Press. All rights reserved.";
            d.send(StageDriver.article("synd-1", "https://herald.example/a/123", "Textile warehouse burns", syndicated,
                    null, T0.plusSeconds(180)));
            // Same page, tracking parameters added.
            d.send(StageDriver.article("url-1", "https://www.wire.example/fire/?utm_source=feed", "Fire", "Short teaser.",
                    null, T0.plusSeconds(240)));

            List<String> uniqueIds = d.unique.readValuesToList().stream().map(Article::getId).toList();
            assertThat(uniqueIds).containsExactly("wire-1", "other-1");
            List<Duplicate> duplicates = d.duplicates.readValuesToList();
            assertThat(duplicates).extracting(Duplicate::getArticle, Duplicate::getOriginal, Duplicate::getKind)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("wire-1", "wire-1", DuplicateKind.exact),
                            org.assertj.core.groups.Tuple.tuple("synd-1", "wire-1", DuplicateKind.near),
                            org.assertj.core.groups.Tuple.tuple("url-1", "wire-1", DuplicateKind.exact));
            Duplicate near = duplicates.stream().filter(x -> x.getKind() == DuplicateKind.near).findFirst().orElseThrow();
            assertThat(near.getSimilarity()).isGreaterThan(0.8);
            assertThat(near.getAt()).isEqualTo(T0.plusSeconds(180));
        }
    }

    @Test
    void theLaterOfTwoCopiesInTheSequenceIsTheDuplicateWhateverTheirIngestTimes() throws Exception {
        // The third copy matches both earlier ones: it names the one original of their cluster, once.
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            // Ingested later but decided first (another partition won the race to the sequencer): it is the original.
            d.send(StageDriver.article("ingested-second", null, null, "LATEST: " + WIRE_STORY, null, T0.plusSeconds(1)));
            d.send(StageDriver.article("ingested-first", null, null, WIRE_STORY, null, T0));
            d.send(StageDriver.article("third", null, null, WIRE_STORY + " (AP)", null, T0.plusSeconds(2)));
            assertThat(d.unique.readValuesToList()).extracting(Article::getId).containsExactly("ingested-second");
            assertThat(d.duplicates.readValuesToList()).extracting(Duplicate::getArticle, Duplicate::getOriginal)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ingested-first", "ingested-second"),
                            org.assertj.core.groups.Tuple.tuple("third", "ingested-second"));
        }
    }

    @Test
    void aCopyOfTwoArticlesThatDoNotMatchEachOtherJoinsThemInEveryOrder() throws Exception {
        // Two outlets each re-published a different half of the wire story; a third carried it whole.
        String lead = WIRE_STORY.substring(0, WIRE_STORY.indexOf("Residents of nearby"));
        String ending = WIRE_STORY.substring(WIRE_STORY.indexOf("The cause of the fire"));
        List<Article> articles = List.of(
                StageDriver.article("lead", null, null, lead, null, T0),
                StageDriver.article("ending", null, null, ending, null, T0.plusSeconds(1)),
                StageDriver.article("whole", null, null, WIRE_STORY, null, T0.plusSeconds(2)));
        for (List<Article> order : List.of(articles, articles.reversed(),
                List.of(articles.get(2), articles.get(0), articles.get(1)))) {
            try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
                order.forEach(d::send);
                List<Duplicate> duplicates = d.duplicates.readValuesToList();
                assertThat(clusters(duplicates)).as("order %s", order.stream().map(Article::getId).toList())
                        .isEqualTo(1);
                assertThat(d.unique.readValuesToList()).hasSize(3 - (int) duplicates.stream()
                        .map(Duplicate::getArticle).distinct().count());
            }
        }
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            articles.forEach(d::send);
            assertThat(d.duplicates.readValuesToList()).extracting(Duplicate::getArticle, Duplicate::getOriginal)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("whole", "lead"),
                            org.assertj.core.groups.Tuple.tuple("whole", "ending"));
        }
    }

    /** How many groups the duplicate links join the three articles into. */
    private static int clusters(List<Duplicate> links) {
        java.util.Map<String, String> parent = new java.util.HashMap<>(java.util.Map.of(
                "lead", "lead", "ending", "ending", "whole", "whole"));
        for (Duplicate link : links) {
            String joined = parent.get(link.getArticle()), into = parent.get(link.getOriginal());
            parent.replaceAll((id, root) -> root.equals(joined) ? into : root);
        }
        return (int) parent.values().stream().distinct().count();
    }

    @Test
    void forgetsArticlesOlderThanTheRetention() throws Exception {
        DedupConfig config = DedupConfig.from(java.util.Map.of("factwire.dedup.retention", "P7D"));
        try (StageDriver d = StageDriver.dedup(config)) {
            d.send(StageDriver.article("old", null, null, WIRE_STORY, null, T0));
            d.send(StageDriver.article("resend-of-old", null, null, WIRE_STORY, null, T0.plus(java.time.Duration.ofDays(6))));
            d.send(StageDriver.article("much-later", null, null, WIRE_STORY, null, T0.plus(java.time.Duration.ofDays(14))));
            assertThat(d.duplicates.readValuesToList()).extracting(Duplicate::getArticle).containsExactly("resend-of-old");
            assertThat(d.unique.readValuesToList()).extracting(Article::getId).containsExactly("old", "much-later");
        }
    }

    @Test
    void anArticleWithNothingToCompareIsUniqueAtOnce() throws Exception {
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            d.send(StageDriver.article("empty-1", null, "Photo gallery", "", null, T0));
            d.send(StageDriver.article("empty-2", null, "Another gallery", "", null, T0.plusSeconds(1)));
            assertThat(d.unique.readValuesToList()).extracting(Article::getId).containsExactly("empty-1", "empty-2");
            assertThat(d.duplicates.isEmpty()).isTrue();
        }
    }

    @Test
    void everyInternalTopicAndStoreIsNamedForTheStage() throws Exception {
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            String topology = d.describe();
            assertThat(topology).contains("dedup-decide", "dedup-entries", "dedup-sketches",
                    "dedup-seen-ids");
            assertThat(java.util.regex.Pattern.compile("stores:\\s+\\[([^\\]]*)]").matcher(topology).results()
                    .flatMap(m -> java.util.Arrays.stream(m.group(1).split(",\\s*")))
                    .filter(name -> !name.isBlank()).toList())
                    .isNotEmpty()
                    .allMatch(name -> name.startsWith("dedup-"));
        }
    }

    @Test
    void catchesCopiesOfOldDatedArticlesAfterUndatedOnes() throws Exception {
        // A replayed archive: record timestamps are publication dates years before the undated articles' ingest
        // times, so the index must not age entries by record time.
        Instant published = Instant.parse("2013-07-02T00:00:00Z");
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            d.send(StageDriver.article("dated", null, null, WIRE_STORY, published, T0));
            d.send(StageDriver.article("undated", null, null, OTHER_REPORT, null, T0.plusSeconds(60)));
            d.send(StageDriver.article("dated-copy", null, null, "UPDATED " + WIRE_STORY, published, T0.plusSeconds(120)));
            assertThat(d.duplicates.readValuesToList()).extracting(Duplicate::getArticle, Duplicate::getOriginal)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("dated-copy", "dated"));
        }
    }
    @Test
    void confirmsTheCandidatesSharingMostBandsFirst() throws Exception {
        // With one confirmation allowed, the copy must still meet its original, although reports that share only
        // the wire story's opening sentence were indexed after it (more recent, but sharing few bands).
        DedupConfig oneConfirmation = DedupConfig.from(java.util.Map.of("factwire.dedup.max-confirmations", "1"));
        String opening = WIRE_STORY.substring(0, WIRE_STORY.indexOf("Eleven crews"));
        try (StageDriver d = StageDriver.dedup(oneConfirmation)) {
            d.send(StageDriver.article("wire-1", null, null, WIRE_STORY, null, T0));
            for (int i = 1; i <= 6; i++) {
                d.send(StageDriver.article("echo-" + i, null, null, opening + " In district " + i + ", volunteers "
                        + "collected " + (10 * i) + " blankets for families on the estate, and the parish hall "
                        + "stayed open through the weekend number " + i + " as a rest centre for anyone who needed it.",
                        null, T0.plusSeconds(60 + i)));
            }
            d.send(StageDriver.article("synd-1", null, null, "PORTVALE (Regional Press) - " + WIRE_STORY, null,
                    T0.plusSeconds(600)));
            assertThat(d.duplicates.readValuesToList()).extracting(Duplicate::getArticle, Duplicate::getOriginal)
                    .contains(org.assertj.core.groups.Tuple.tuple("synd-1", "wire-1"));
        }
    }
    @Test
    void aLargeClusterDoesNotTakeEveryConfirmation() throws Exception {
        // The wire story re-published three times is one cluster of four; a round-up that copies both it and the
        // other report must still be compared with the other report, with only two confirmations allowed.
        DedupConfig twoConfirmations = DedupConfig.from(java.util.Map.of("factwire.dedup.max-confirmations", "2"));
        try (StageDriver d = StageDriver.dedup(twoConfirmations)) {
            d.send(StageDriver.article("wire-1", null, null, WIRE_STORY, null, T0));
            for (int i = 2; i <= 4; i++) {
                d.send(StageDriver.article("wire-" + i, null, null, WIRE_STORY, null, T0.plusSeconds(i)));
            }
            d.send(StageDriver.article("other-1", null, null, OTHER_REPORT, null, T0.plusSeconds(30)));
            d.send(StageDriver.article("roundup", null, null, WIRE_STORY + "\n" + OTHER_REPORT, null, T0.plusSeconds(60)));
            assertThat(d.duplicates.readValuesToList()).filteredOn(x -> x.getArticle().equals("roundup"))
                    .extracting(Duplicate::getOriginal).containsExactlyInAnyOrder("wire-1", "other-1");
        }
    }
}
