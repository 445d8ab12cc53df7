package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The store-backed index decides exactly as the in-memory one, also when its caches start over (as after a
 * restore or an exactly-once abort) and while events expire.
 */
class StateStoreEventsTest {

    /** Far enough apart that events of the corpus expire during the run (retention is 30 days). */
    private static final long INGEST_STEP = Duration.ofHours(7).toMillis();

    @Test
    void assignsAsTheMemoryStoreThroughRestartsAndExpiries() {
        List<EventFeatures> articles = spreadOverTime(CorpusArticle.load());
        EventConfig config = EventConfig.defaults();
        MemoryEvents memory = new MemoryEvents();
        EventIndex reference = new EventIndex(memory, config);
        KeyValueStore<String, byte[]> store = inMemoryStore();
        EventIndex stored = new EventIndex(new StateStoreEvents(store), config);
        int created = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (i % 97 == 0) stored = new EventIndex(new StateStoreEvents(store), config);
            Assignment expected = reference.assign(articles.get(i));
            Assignment actual = stored.assign(articles.get(i));
            assertThat(actual).as("article %d", i).isEqualTo(expected);
            if (expected.created()) created++;
        }
        assertThat(memory.openEvents()).as("events expired during the run").isLessThan(created / 2);
    }

    private static List<EventFeatures> spreadOverTime(List<CorpusArticle> corpus) {
        FeatureExtractor extractor = new FeatureExtractor();
        List<EventFeatures> articles = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            EventFeatures f = corpus.get(i).features(extractor);
            articles.add(new EventFeatures(f.articleId(), f.ingested() + i * INGEST_STEP, f.dated(), f.terms(),
                    f.places(), f.names(), f.months()));
        }
        return articles;
    }

    private static KeyValueStore<String, byte[]> inMemoryStore() {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("events-test"),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
