package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.Event;
import io.factwire.processor.dedup.StageDriver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

class EventStageTest {
    static final Instant T0 = Instant.parse("2024-03-05T09:00:00Z");

    static Article report(String id, String title, String body, int minutesLater) {
        return StageDriver.article(id, null, title, body, Instant.parse("2024-03-05T00:00:00Z"),
                T0.plusSeconds(60L * minutesLater));
    }

    @Test
    void setsEventIdsAndPublishesEachEventChange() throws Exception {
        try (StageDriver d = StageDriver.events(EventConfig.DEFAULTS)) {
            d.send(report("quake-a", "Earthquake shakes Lindavia",
                    "A magnitude 6.2 earthquake struck near Corvel in northern Lindavia on Tuesday, killing at least "
                            + "four people and damaging dozens of homes, the Lindavia civil protection agency said.", 0));
            d.send(report("flood-a", "Floods in Marrow Valley",
                    "Heavy rain flooded the Marrow Valley in southern Esteria on Tuesday, forcing hundreds of "
                            + "families from their homes as the river Tessel burst its banks, officials said.", 1));
            d.send(report("quake-b", "Lindavia earthquake toll rises",
                    "Rescuers in Corvel searched collapsed homes after Tuesday's magnitude 6.2 earthquake in northern "
                            + "Lindavia, where the civil protection agency said the death toll had risen to six.", 2));

            Map<String, String> eventOf = d.unique.readKeyValuesToList().stream()
                    .collect(Collectors.toMap(kv -> kv.key, kv -> kv.value.getEvent()));
            assertThat(eventOf).containsOnlyKeys("quake-a", "flood-a", "quake-b");
            assertThat(eventOf.get("quake-a")).isNotNull().isEqualTo(eventOf.get("quake-b"));
            assertThat(eventOf.get("flood-a")).isNotNull().isNotEqualTo(eventOf.get("quake-a"));

            List<KeyValue<String, Event>> updates = d.events.readKeyValuesToList();
            assertThat(updates).hasSize(3).allSatisfy(kv -> assertThat(kv.key).isEqualTo(kv.value.getId()));
            Map<String, Event> latest = updates.stream()
                    .collect(Collectors.toMap(kv -> kv.key, kv -> kv.value, (a, b) -> b));
            Event quake = latest.get(eventOf.get("quake-a"));
            assertThat(quake.getArticles()).containsExactly("quake-a", "quake-b");
            assertThat(quake.getLabel()).contains("Lindavia").endsWith("Mar 2024");
            assertThat(quake.getFirstSeen()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        }
    }
}
