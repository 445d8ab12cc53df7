package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamPositionTest {

    @Test
    void aTokenNamesTheRecordAndCarriesThePositionOfEveryPartition() {
        StreamPosition position = new StreamPosition(Map.of(0, 13L, 1, 7L, 3, 43L));

        String token = position.token("fact-updates", 3, 42);

        assertThat(token).isEqualTo("fact-updates-3-42@0:13,1:7,3:43");
        assertThat(StreamPosition.parse("fact-updates", token)).isEqualTo(position);
    }

    @Test
    void aBareRecordTokenResumesItsPartitionAfterTheRecord() {
        assertThat(StreamPosition.parse("fact-updates", "fact-updates-2-99").next()).isEqualTo(Map.of(2, 100L));
    }

    @Test
    void aPositionOnlyTokenResumesEveryPartitionItNames() {
        String token = new StreamPosition(Map.of(0, 5L, 1, 0L)).token("fact-updates");

        assertThat(token).isEqualTo("fact-updates@0:5,1:0");
        assertThat(StreamPosition.parse("fact-updates", token).next()).isEqualTo(Map.of(0, 5L, 1, 0L));
    }

    @Test
    void malformedTokensAreBadRequestsQuotingTheToken() {
        assertThatThrownBy(() -> StreamPosition.parse("fact-updates", "facts-1-2"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("'facts-1-2'");
        assertThatThrownBy(() -> StreamPosition.parse("fact-updates", "fact-updates-1-x")).hasMessageContaining("x");
        assertThatThrownBy(() -> StreamPosition.parse("fact-updates", "fact-updates@0:-4")).hasMessageContaining("negative");
        assertThatThrownBy(() -> StreamPosition.parse("fact-updates", "fact-updates@0=4")).hasMessageContaining("PARTITION:OFFSET");
    }
}
