package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.processor.SeedArticles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The five seed articles (CSTO troops to Kazakhstan, 2022-01-06) report one event, in whatever order they come. */
class SeedEventsTest {

    private final FeatureExtractor extractor = new FeatureExtractor();

    private Map<String, String> assign(List<Article> articles) {
        EventIndex index = new EventIndex(new MemoryEvents(), EventConfig.defaults());
        Map<String, String> events = new HashMap<>();
        for (Article article : articles) {
            EventState event = index.assign(extractor.extract(article)).event();
            for (String member : event.articles()) events.put(member, event.id());
        }
        return events;
    }

    @Test
    void allSeedsLandInOneEventLabelledWithThePlaceAndMonth() {
        List<Article> seeds = SeedArticles.load();
        assertThat(seeds).hasSize(5);
        EventIndex index = new EventIndex(new MemoryEvents(), EventConfig.defaults());
        Assignment last = null;
        for (Article seed : seeds) last = index.assign(extractor.extract(seed));
        assertThat(last.event().articles()).hasSize(5);
        assertThat(EventLabels.label(last.event())).contains("Kazakhstan").endsWith("Jan 2022");
        assertThat(last.event().id()).startsWith(last.event().id().substring(0, 4)).matches("[a-z0-9-]+-[0-9a-f]{8}");
    }

    @Test
    void reversedAndShuffledOrdersGiveTheSamePartition() {
        List<Article> seeds = SeedArticles.load();
        Set<Set<String>> expected = partition(assign(seeds));
        List<Article> reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        assertThat(partition(assign(reversed))).isEqualTo(expected);
        for (int seed = 1; seed <= 5; seed++) {
            List<Article> shuffled = new ArrayList<>(seeds);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(partition(assign(shuffled))).as("shuffle %d", seed).isEqualTo(expected);
        }
    }

    /** Groups of article ids, whatever the events are called. */
    static Set<Set<String>> partition(Map<String, String> eventOfArticle) {
        Map<String, Set<String>> groups = new HashMap<>();
        eventOfArticle.forEach((article, event) -> groups.computeIfAbsent(event, e -> new HashSet<>()).add(article));
        return new HashSet<>(groups.values());
    }
}
