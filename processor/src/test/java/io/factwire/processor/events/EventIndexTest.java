package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EventIndexTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private final FeatureExtractor extractor = new FeatureExtractor();
    private final MemoryEvents store = new MemoryEvents();
    private final EventIndex index = new EventIndex(store, EventConfig.defaults());

    private Assignment assign(String id, String body, String published, Instant ingested) {
        Instant dated = published == null ? null : Instant.parse(published + "T06:00:00Z");
        return index.assign(extractor.extract(id, null, body, dated, ingested));
    }

    private static final String FLOOD_1 = "The river Marrow burst its banks in Lower Brenvale on Sunday. Mayor Ida Quenby "
            + "said 340 homes were flooded and the Brenvale council opened shelters at Tolliver School.";
    private static final String FLOOD_2 = "Shelters at Tolliver School in Lower Brenvale filled after the Marrow flooded "
            + "340 homes, Mayor Ida Quenby told the Brenvale council.";
    private static final String OTHER_FLOOD = "The river Skarn flooded Upper Dunmoor on Tuesday. Councillor Piet Varga said "
            + "75 families left their homes for the Dunmoor sports hall.";

    @Test
    void reportsOfOneHappeningShareAnEventAndAnotherHappeningOfTheSameKindDoesNot() {
        Assignment first = assign("a1", FLOOD_1, "2024-05-12", NOW);
        Assignment second = assign("a2", FLOOD_2, "2024-05-13", NOW);
        Assignment other = assign("b1", OTHER_FLOOD, "2024-05-14", NOW);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.event().id()).isEqualTo(first.event().id());
        assertThat(second.event().articles()).containsExactly("a1", "a2");
        assertThat(other.event().id()).isNotEqualTo(first.event().id());
    }

    @Test
    void aFigureAloneLinksNothing() {
        Assignment arrests = assign("a1", "More than 1,000 people have been arrested in protests since the elections.",
                "2024-05-12", NOW);
        Assignment ship = assign("a2", "The ship carried 3,200 passengers and 1,000 crew.", "2024-05-13", NOW);
        assertThat(ship.created()).isTrue();
        assertThat(ship.event().id()).isNotEqualTo(arrests.event().id());
    }

    @Test
    void theSameReportDatedYearsLaterIsAnotherEvent() {
        Assignment first = assign("a1", FLOOD_1, "2019-05-12", NOW);
        Assignment later = assign("a2", FLOOD_2, "2024-05-13", NOW);
        assertThat(later.event().id()).isNotEqualTo(first.event().id());
        Assignment undated = assign("a3", FLOOD_2, null, NOW);
        assertThat(undated.created()).isFalse();
    }

    @Test
    void eventsAreForgottenAfterTheirRetentionByIngestTimeWithEveryListAndCount() {
        Assignment first = assign("a1", FLOOD_1, "2024-05-12", NOW);
        Duration retention = EventConfig.defaults().retention();
        assertThat(assign("a2", FLOOD_2, "2024-05-13", NOW.plus(retention).minusSeconds(1)).event().id())
                .isEqualTo(first.event().id());
        Instant quietUntil = NOW.plus(retention).minusSeconds(1).plus(retention).plusSeconds(1);
        Assignment afterwards = assign("c1", OTHER_FLOOD, "2024-05-14", quietUntil);
        assertThat(afterwards.created()).isTrue();
        assertThat(store.sizes()).startsWith("events=1 ").endsWith("expiries=1 open=1");
        Assignment again = assign("a3", FLOOD_2, "2024-05-13", quietUntil);
        assertThat(again.created()).isTrue();
        assertThat(again.event().id()).isNotEqualTo(first.event().id());
    }

    /** An article naming {@code names}, each once, dated and ingested now. */
    private static EventFeatures naming(String id, String... names) {
        Map<String, Float> terms = new TreeMap<>();
        for (String name : names) terms.put("n:" + name, 1f);
        return new EventFeatures(id, NOW.toEpochMilli(), NOW.toEpochMilli(), terms, List.of(), List.of(), List.of());
    }

    @Test
    void anArticleThatShowsTwoEventsToBeOneMergesThemIntoTheLarger() {
        Assignment first = index.assign(naming("a1", "pellow", "quorn", "rilla", "sarn"));
        // One name in common out of four: below the join threshold, a second event.
        Assignment second = index.assign(naming("a2", "sarn", "tolb", "ucker", "vell"));
        assertThat(second.created()).isTrue();
        assertThat(second.event().id()).isNotEqualTo(first.event().id());

        // Names of both, as many of each: it joins one (which, the scores tie), and the other, a lone article, now
        // scores above the join threshold with the grown event: it moves in.
        Assignment bridge = index.assign(naming("a3", "quorn", "rilla", "sarn", "tolb", "ucker"));
        String survivor = bridge.event().id();
        String absorbed = survivor.equals(first.event().id()) ? second.event().id() : first.event().id();
        assertThat(survivor).isIn(first.event().id(), second.event().id());
        assertThat(bridge.created()).isFalse();
        assertThat(bridge.absorbed()).containsExactly(absorbed);
        assertThat(bridge.moved()).containsExactly(survivor.equals(first.event().id()) ? "a2" : "a1");
        assertThat(bridge.event().articles()).containsExactlyInAnyOrder("a1", "a2", "a3").startsWith(
                survivor.equals(first.event().id()) ? "a1" : "a2");
        assertThat(store.event(absorbed)).isNull();
        assertThat(store.sizes()).startsWith("events=1 ").endsWith("expiries=1 open=1");
        assertThat(store.feature("n:pellow").listed()).containsExactly(FeatureEntry.handle(survivor));
        assertThat(store.feature("n:vell").listed()).containsExactly(FeatureEntry.handle(survivor));

        Assignment later = index.assign(naming("a4", "sarn", "tolb", "ucker", "vell"));
        assertThat(later.event().id()).isEqualTo(survivor);
        assertThat(later.absorbed()).isEmpty();
        assertThat(later.moved()).isEmpty();
    }

    @Test
    void whenTheEventAnArticleJoinedIsAbsorbedTheArticleGoesStraightToTheSurvivorAndOnlyTheEarlierArticlesMove() {
        String grown = null;
        for (String id : List.of("b1", "b2", "b3")) grown = index.assign(naming(id, "p", "q", "r", "s")).event().id();
        String lone = index.assign(naming("a", "s", "t", "u", "v")).event().id();

        // It joins the lone article's event (the merge below appends it after "a"), which then proves to be the
        // grown one.
        Assignment bridge = index.assign(naming("x", "p", "q", "r", "s", "t", "u", "v"));

        assertThat(bridge.event().id()).isEqualTo(grown);
        assertThat(bridge.absorbed()).containsExactly(lone);
        assertThat(bridge.event().articles()).containsExactly("b1", "b2", "b3", "a", "x");
        assertThat(bridge.moved()).containsExactly("a");
    }

    @Test
    void idsAreReadableAndTheSameForTheSameOrder() {
        List<String> firstRun = new ArrayList<>();
        List<String> secondRun = new ArrayList<>();
        for (List<String> run : List.of(firstRun, secondRun)) {
            EventIndex fresh = new EventIndex(new MemoryEvents(), EventConfig.defaults());
            run.add(fresh.assign(extractor.extract("a1", null, FLOOD_1, Instant.parse("2024-05-12T06:00:00Z"), NOW)).event().id());
            run.add(fresh.assign(extractor.extract("b1", null, OTHER_FLOOD, null, NOW)).event().id());
        }
        assertThat(firstRun).isEqualTo(secondRun);
        assertThat(firstRun.getFirst()).matches("lower-brenvale-.*may-2024-[0-9a-f]{8}");
    }
}
