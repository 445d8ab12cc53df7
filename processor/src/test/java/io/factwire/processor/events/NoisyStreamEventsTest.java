package io.factwire.processor.events;

import io.factwire.processor.SharedJsonLines;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the topics of a noisy real stream map to events: ../shared/trects2014-dev (TREC-TS 2014 update sentences
 * grouped into articles, mostly off-topic), in stream order, through the same feature extraction and index as the
 * topology. Prints, per topic, its articles, the events holding them and the share of its largest event, and the
 * B-cubed figure against the topics. A measurement, not a floor: the gold (the topic in the id) is only scored.
 */
class NoisyStreamEventsTest {

    private record StreamArticle(String id, String topic, String body, Instant published) {}

    @Test
    void topicsToEventsOnTheTrecTemporalSummarizationDevStream() {
        List<StreamArticle> stream = SharedJsonLines.read("trects2014-dev/ts14-dev-articles.jsonl", (row, where) -> {
            String id = row.path("id").asText();
            return new StreamArticle(id, id.substring(0, id.indexOf('-')), row.path("body").asText(),
                    Instant.parse(row.path("published").asText()));
        });
        FeatureExtractor extractor = new FeatureExtractor();
        EventIndex index = new EventIndex(new MemoryEvents(), EventConfig.defaults());
        Map<String, String> events = new HashMap<>();
        for (StreamArticle article : stream) {
            EventState event = index.assign(extractor.extract(article.id(), null, article.body(), article.published(),
                    CorpusArticle.INGESTED)).event();
            for (String member : event.articles()) events.put(member, event.id());
        }
        Map<String, List<StreamArticle>> byTopic = stream.stream()
                .collect(Collectors.groupingBy(StreamArticle::topic, TreeMap::new, Collectors.toList()));
        System.out.println("topic    articles  events  largest event (share)");
        byTopic.forEach((topic, articles) -> {
            Map<String, Long> sizes = articles.stream()
                    .collect(Collectors.groupingBy(article -> events.get(article.id()), Collectors.counting()));
            long largest = sizes.values().stream().max(Comparator.naturalOrder()).orElse(0L);
            System.out.printf("%-8s %8d  %6d  %6d (%.2f)%n", topic, articles.size(), sizes.size(), largest,
                    largest / (double) articles.size());
        });
        BCubed score = BCubed.score(stream, article -> events.get(article.id()), StreamArticle::topic);
        System.out.println("TREC-TS 2014 dev stream events against topics: " + score);
    }
}
