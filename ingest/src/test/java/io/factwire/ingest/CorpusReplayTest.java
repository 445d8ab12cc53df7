package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.ingest.input.ParsedArticle;
import io.factwire.ingest.input.SourcePosition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusReplayTest {

    private static ParsedArticle article(String id, String published) {
        return new ParsedArticle(id, null, null, null, "Body of " + id + ".",
                published == null ? null : Instant.parse(published), new SourcePosition("in.jsonl", 1), false, Map.of());
    }

    @Test
    void publicationOrderIsOldestFirstUndatedLastAndStable() {
        List<ParsedArticle> input = List.of(
                article("undated-1", null),
                article("late", "2022-01-07T00:00:00Z"),
                article("early-1", "2022-01-05T00:00:00Z"),
                article("undated-2", null),
                article("early-2", "2022-01-05T00:00:00Z"),
                article("middle", "2022-01-06T12:00:00Z"));

        assertThat(CorpusReplay.inPublicationOrder(input)).extracting(ParsedArticle::id)
                .containsExactly("early-1", "early-2", "middle", "late", "undated-1", "undated-2");
    }

    @Test
    void repeatsGetDistinctIdsAndTheFirstPassKeepsTheOriginals() {
        List<ParsedArticle> input = List.of(article("a", null), article("b", "2022-01-05T00:00:00Z"));

        List<ParsedArticle> replayed = CorpusReplay.repeated(input, 3, "-r").toList();

        assertThat(replayed).extracting(ParsedArticle::id).containsExactly("a", "b", "a-r1", "b-r1", "a-r2", "b-r2");
        assertThat(replayed.get(3)).isEqualTo(input.get(1).withId("b-r1"));
        assertThat(replayed.get(3).body()).isEqualTo("Body of b.");
    }

    @Test
    void oneRepeatIsTheInputItself() {
        List<ParsedArticle> input = List.of(article("a", null));

        assertThat(CorpusReplay.repeated(input, 1, "-r").toList()).isEqualTo(input);
    }
}
