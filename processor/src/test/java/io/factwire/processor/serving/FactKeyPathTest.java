package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import org.junit.jupiter.api.Test;

class FactKeyPathTest {

    @Test
    void aRawKeyAndAnEncodedKeyMeanTheSameFact() {
        FactKeyPath raw = FactKeyPath.parse("almaty-2022/killed/civilians");
        FactKeyPath encoded = FactKeyPath.parse("almaty-2022%2Fkilled%2Fcivilians");

        assertThat(raw).isEqualTo(encoded);
        assertThat(raw.key()).isEqualTo("almaty-2022/killed/civilians");
        assertThat(raw.event()).isEqualTo("almaty-2022");
        assertThat(raw.outcome()).isEqualTo(Outcome.killed);
        assertThat(raw.group()).isEqualTo(VictimGroup.civilians);
        assertThat(raw.view()).isEqualTo(FactKeyPath.View.FACT);
    }

    @Test
    void theHistoryAndTimelineSuffixesAreNotPartOfTheKey() {
        assertThat(FactKeyPath.parse("e1/injured/all/history"))
                .isEqualTo(new FactKeyPath("e1/injured/all", "e1", Outcome.injured, VictimGroup.all, FactKeyPath.View.HISTORY));
        assertThat(FactKeyPath.parse("e1%2Finjured%2Fall/history").history()).isTrue();
        assertThat(FactKeyPath.parse("e1/injured/all/timeline"))
                .isEqualTo(new FactKeyPath("e1/injured/all", "e1", Outcome.injured, VictimGroup.all, FactKeyPath.View.TIMELINE));
    }

    @Test
    void anEventIdMayContainSlashesAndPlusSigns() {
        FactKeyPath path = FactKeyPath.parse("news%2Fwire+1/missing/protesters");

        assertThat(path.event()).isEqualTo("news/wire+1");
        assertThat(path.key()).isEqualTo("news/wire+1/missing/protesters");
    }

    @Test
    void malformedKeysAreBadRequestsThatSayWhy() {
        assertThatThrownBy(() -> FactKeyPath.parse("e1/killed"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("expected event/outcome/group");
        assertThatThrownBy(() -> FactKeyPath.parse("e1/drowned/all"))
                .hasMessageContaining("unknown outcome 'drowned'");
        assertThatThrownBy(() -> FactKeyPath.parse("e1/killed/children"))
                .hasMessageContaining("unknown group 'children'");
        assertThatThrownBy(() -> FactKeyPath.parse("e1%zz/killed/all"))
                .hasMessageContaining("malformed percent-encoding");
    }
}
