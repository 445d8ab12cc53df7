package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private static final Instant INGESTED = Instant.parse("2024-06-01T00:00:00Z");
    private final FeatureExtractor extractor = new FeatureExtractor();

    @Test
    void namesFiguresAndYearsAreFeaturesAndSentenceInitialCommonWordsAreNot() {
        EventFeatures features = extractor.extract("x", "Quake hits Dunmoor", "Rescuers said a magnitude 6.1 quake "
                + "struck Dunmoor in Varlia. Rescuers found 14 dead and $3 million in damage, the worst since 2009. "
                + "It was the seventh quake there. The rescuers worked all night.", null, INGESTED);
        assertThat(features.terms()).containsKeys("n:dunmoor", "n:varlia", "#:6.1", "#:14", "#:3m", "y:2009", "#:7th");
        assertThat(features.terms()).doesNotContainKeys("n:rescuers", "n:the", "n:quake", "n:it", "#:2009");
        assertThat(features.places()).containsExactly("Varlia");
        assertThat(features.dated()).isNull();
    }

    @Test
    void aNationalityWordIsItsPlace() {
        EventFeatures features = extractor.extract("x", null, "Police said the Egyptians left Egypt for Cairo, where "
                + "Egyptian officials met them.", null, INGESTED);
        assertThat(features.terms()).containsKey("n:egypt").doesNotContainKeys("n:egyptians", "n:egyptian");
    }

    @Test
    void theDatelineDatesAnUndatedArticle() {
        assertThat(TextDates.dateline("Posted 11 / 30 / 09 05:40 PM", "A guard was hurt.")).isEqualTo(LocalDate.of(2009, 11, 30));
        assertThat(TextDates.dateline(null, "16 / 08 / 2011 - cables cut")).isEqualTo(LocalDate.of(2011, 8, 16));
        assertThat(TextDates.dateline(null, "Brussels 06.01.2022 The council met.")).isEqualTo(LocalDate.of(2022, 1, 6));
        assertThat(TextDates.dateline("Published March 14th, 2013", "")).isEqualTo(LocalDate.of(2013, 3, 14));
        assertThat(TextDates.dateline(null, "4 August 2013 Last updated")).isEqualTo(LocalDate.of(2013, 8, 4));
        assertThat(TextDates.dateline(null, "A score of 31 / 02 / 45 is no date.")).isNull();
        EventFeatures features = extractor.extract("x", null, "Sept. 27, 2013 - A jury met.", null, INGESTED);
        assertThat(features.dated()).isEqualTo(Instant.parse("2013-09-27T00:00:00Z").toEpochMilli());
        assertThat(features.months()).containsExactly("2013-09");
    }

    @Test
    void aPublishedTimeWinsOverTheDateline() {
        Instant published = Instant.parse("2020-02-03T10:15:00Z");
        EventFeatures features = extractor.extract("x", "March 14, 2013", "Text.", published, INGESTED);
        assertThat(features.dated()).isEqualTo(published.toEpochMilli());
        assertThat(features.time()).isEqualTo(published.toEpochMilli());
        assertThat(features.months()).containsExactly("2020-02");
    }
}
