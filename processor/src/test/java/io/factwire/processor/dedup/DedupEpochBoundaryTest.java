package io.factwire.processor.dedup;

import static io.factwire.processor.dedup.DedupStageTest.OTHER_REPORT;
import static io.factwire.processor.dedup.DedupStageTest.WIRE_STORY;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The dedup stores file entries under ingest-time epochs one retention long (7 days, starting on Thursdays: the
 * first of 1970-01-01). An article of the previous epoch stays findable after the next epoch has been written to.
 */
class DedupEpochBoundaryTest {
    /** A Friday: one day into its epoch. */
    private static final Instant FRIDAY = Instant.parse("2024-03-01T08:00:00Z");

    @Test
    void resendsAndCopiesOfTheLastEpochAreFoundAfterTheNextBegan() throws Exception {
        Instant nextEpoch = FRIDAY.plus(Duration.ofDays(6));
        String copy = "PORTVALE (Regional Press) - " + WIRE_STORY + "\nCopyright 2024 Regional Press.";
        try (StageDriver d = StageDriver.dedup(DedupConfig.DEFAULTS)) {
            d.send(StageDriver.article("wire-1", null, "Warehouse fire", WIRE_STORY, null, FRIDAY));
            d.send(StageDriver.article("other-1", null, "Smoke over Portvale", OTHER_REPORT, null, nextEpoch));
            d.send(StageDriver.article("wire-1", null, "Warehouse fire", WIRE_STORY, null, nextEpoch.plusSeconds(1)));
            d.send(StageDriver.article("synd-1", null, "Textile warehouse burns", copy, null, nextEpoch.plusSeconds(2)));

            assertThat(d.unique.readValuesToList()).extracting(Article::getId).containsExactly("wire-1", "other-1");
            assertThat(d.duplicates.readValuesToList())
                    .extracting(Duplicate::getArticle, Duplicate::getOriginal, Duplicate::getKind)
                    .containsExactlyInAnyOrder(Tuple.tuple("wire-1", "wire-1", DuplicateKind.exact),
                            Tuple.tuple("synd-1", "wire-1", DuplicateKind.near));
        }
    }
}
