package io.factwire.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import io.factwire.avro.Event;
import io.factwire.avro.FactClaim;
import io.factwire.avro.FactPoint;
import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");

    @Test
    void theOnceShapeHasTheAgreedNamesLowercaseEnumsAndIsoTimes() {
        FactState fact = FactState.newBuilder()
                .setKey("e1/killed/security_forces").setEvent("e1").setOutcome(Outcome.killed)
                .setGroup(VictimGroup.security_forces).setLow(8).setBest(13).setHigh(13).setQualifier(Qualifier.at_least)
                .setSources(4).setOrigins(3)
                .setClaims(List.of(FactClaim.newBuilder().setArticle("a1").setOutlet(null).setCount(13).setHigh(null)
                        .setQualifier(Qualifier.at_least).setVague(false).setAttribution("Radio North")
                        .setText("At least 13 died.").setPublished(null).build()))
                .setVersion(3).setUpdated(T).setHistory(List.of(new FactPoint(T, 8L, 13L, 13L)))
                .build();
        Event event = new Event("e1", "Riverton, Mar 2024", List.of("a1", "a2"), T, T.plusSeconds(60));
        Duplicate duplicate = new Duplicate("a3", "a1", DuplicateKind.near, 0.91, T);

        JsonNode json = SnapshotJson.snapshot(List.of(fact), List.of(event), List.of(duplicate));

        JsonNode f = json.get("facts").get(0);
        assertThat(f.get("key").asText()).isEqualTo("e1/killed/security_forces");
        assertThat(f.get("outcome").asText()).isEqualTo("killed");
        assertThat(f.get("group").asText()).isEqualTo("security_forces");
        assertThat(f.get("qualifier").asText()).isEqualTo("at_least");
        assertThat(f.get("low").asLong()).isEqualTo(8);
        assertThat(f.get("updated").asText()).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(f.get("claims").get(0).get("published").isNull()).isTrue();
        assertThat(f.get("claims").get(0).get("attribution").asText()).isEqualTo("Radio North");
        assertThat(f.get("history").get(0).get("at").asText()).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(json.get("events").get(0).get("articles")).hasSize(2);
        assertThat(json.get("events").get(0).get("firstSeen").asText()).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(json.get("duplicates").get(0).get("kind").asText()).isEqualTo("near");
        assertThat(json.get("duplicates").get(0).get("similarity").asDouble()).isEqualTo(0.91);
    }
}
