package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.snapshot.SnapshotJson;
import org.junit.jupiter.api.Test;

class ServingJsonTest {

    @Test
    void aFactHasTheSnapshotShapeWithLowercaseEnumsAndIsoTimes() {
        FactState fact = ServingSamples.fact("e1", Outcome.killed, VictimGroup.civilians, 3, 5);

        JsonNode json = SnapshotJson.fact(fact);

        assertThat(json.properties().stream().map(java.util.Map.Entry::getKey).toList()).containsExactly(
                "key", "event", "outcome", "group", "low", "best", "high", "qualifier", "sources", "origins",
                "claims", "version", "updated", "history", "timeline", "contested", "competing");
        assertThat(json.get("outcome").asText()).isEqualTo("killed");
        assertThat(json.get("qualifier").asText()).isEqualTo("at_least");
        assertThat(json.get("updated").asText()).isEqualTo("2024-03-05T08:10:00Z");
        assertThat(json.get("claims").get(0).properties().stream().map(java.util.Map.Entry::getKey).toList())
                .containsExactly("article", "outlet", "count", "qualifier", "attribution", "text", "published");
        assertThat(json.get("history").get(1).toString())
                .isEqualTo("{\"at\":\"2024-03-05T08:10:00Z\",\"low\":3,\"best\":5,\"high\":5}");
    }

    @Test
    void anUpdateCarriesBeforeAfterAndCauseAndANewFactHasNoBefore() {
        FactState after = ServingSamples.fact("e1", Outcome.injured, VictimGroup.all, 7);

        JsonNode json = ServingJson.update(ServingSamples.update(null, after, "a-7"));

        assertThat(json.get("key").asText()).isEqualTo("e1/injured/all");
        assertThat(json.get("before").isNull()).isTrue();
        assertThat(json.get("after").get("best").asLong()).isEqualTo(7);
        assertThat(json.get("cause").asText()).isEqualTo("a-7");
    }

    @Test
    void markupInArticleTextStaysDataInTheJson() {
        FactState fact = ServingSamples.withClaimText(ServingSamples.fact("e1", Outcome.killed, VictimGroup.all, 4),
                ServingSamples.SCRIPT_SENTENCE);

        assertThat(SnapshotJson.fact(fact).get("claims").get(0).get("text").asText()).isEqualTo(ServingSamples.SCRIPT_SENTENCE);
    }

    @Test
    void eventsAndDuplicatesHaveTheSnapshotShape() {
        assertThat(SnapshotJson.event(ServingSamples.event("e1", "Harbour fire", "a1", "a2")).toString()).isEqualTo(
                "{\"id\":\"e1\",\"label\":\"Harbour fire\",\"articles\":[\"a1\",\"a2\"],"
                        + "\"firstSeen\":\"2024-03-05T08:00:00Z\",\"lastSeen\":\"2024-03-05T09:00:00Z\"}");
        assertThat(SnapshotJson.duplicate(ServingSamples.duplicate("a3", "a1")).toString())
                .isEqualTo("{\"article\":\"a3\",\"original\":\"a1\",\"kind\":\"near\",\"similarity\":0.93}");
    }
}
