package io.factwire.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheFieldsOfClaimsMd() throws Exception {
        ExtractedClaim claim = new ExtractedClaim("doc-1", Outcome.KILLED, 12, Qualifier.MORE_THAN, null, false,
                VictimGroup.SECURITY_FORCES, "police spokeswoman \"Ana\"", null, false, "Line one\nand two", 5, 22);
        JsonNode json = JSON.readTree(ClaimJson.write(claim));
        assertThat(json.get("doc").asText()).isEqualTo("doc-1");
        assertThat(json.get("outcome").asText()).isEqualTo("killed");
        assertThat(json.get("count").asLong()).isEqualTo(12);
        assertThat(json.get("qualifier").asText()).isEqualTo("more_than");
        assertThat(json.has("high")).isFalse();
        assertThat(json.get("vague").asBoolean()).isFalse();
        assertThat(json.get("group").asText()).isEqualTo("security_forces");
        assertThat(json.get("attribution").asText()).isEqualTo("police spokeswoman \"Ana\"");
        assertThat(json.get("location").isNull()).isTrue();
        assertThat(json.get("background").asBoolean()).isFalse();
        assertThat(json.get("text").asText()).isEqualTo("Line one\nand two");
        assertThat(json.get("start").asInt()).isEqualTo(5);
        assertThat(json.get("end").asInt()).isEqualTo(22);
        assertThat(ClaimJson.write(claim)).doesNotContain("\n");
    }

    @Test
    void rangesCarryTheirUpperFigure() throws Exception {
        ExtractedClaim claim = new ExtractedClaim("d", Outcome.INJURED, 10, Qualifier.RANGE, 15L, false,
                VictimGroup.CIVILIANS, null, "Aceh", true, "t", 0, 1);
        JsonNode json = JSON.readTree(ClaimJson.write(claim));
        assertThat(json.get("high").asLong()).isEqualTo(15);
        assertThat(json.get("location").asText()).isEqualTo("Aceh");
        assertThat(json.get("background").asBoolean()).isTrue();
    }

    @Test
    void enumsRoundTripTheirWireNames() {
        for (Outcome o : Outcome.values()) {
            assertThat(Outcome.fromWire(o.wireName())).isEqualTo(o);
        }
        for (Qualifier q : Qualifier.values()) {
            assertThat(Qualifier.fromWire(q.wireName())).isEqualTo(q);
        }
        for (VictimGroup g : VictimGroup.values()) {
            assertThat(VictimGroup.fromWire(g.wireName())).isEqualTo(g);
        }
        assertThat(VictimGroup.SECURITY_FORCES.wireName()).isEqualTo("security_forces");
        assertThat(Qualifier.AT_LEAST.wireName()).isEqualTo("at_least");
    }
}
