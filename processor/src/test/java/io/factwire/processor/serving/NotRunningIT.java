package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.processor.serving.HttpJson.Answer;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/** While Kafka Streams is not RUNNING the fact API answers 503 with a reason, never a partial answer. */
@RealStack
class NotRunningIT {

    @Test
    void beforeStreamsRunsQueriesAre503AndTheInstanceIsLiveButNotReady(StackEndpoints endpoints) throws Exception {
        try (KafkaFixture kafka = new KafkaFixture(endpoints);
             ServingInstance instance = ServingInstance.start(kafka, "serving-not-running-it-" + KafkaFixture.uniqueId(),
                     StandInFactTopology::build, Duration.ofSeconds(15), null)) {
            assertThat(instance.streams.state()).isEqualTo(KafkaStreams.State.CREATED);

            for (String path : new String[] {"/api/facts", "/api/facts/e1/killed/all", "/api/facts?event=e1"}) {
                Answer answer = HttpJson.get(instance.uri(path));
                assertThat(answer.status()).as(path).isEqualTo(503);
                assertThat(answer.json().get("error").asText()).isEqualTo("unavailable");
                assertThat(answer.json().get("reason").asText()).as(path).contains("CREATED");
                assertThat(answer.raw().headers().firstValue("Retry-After")).hasValue("1");
            }
            assertThat(HttpJson.get(instance.uri("/health/live")).status()).isEqualTo(200);
            Answer ready = HttpJson.get(instance.uri("/health/ready"));
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().get("state").asText()).isEqualTo("CREATED");

            instance.streams.close();
            Answer live = HttpJson.get(instance.uri("/health/live"));
            assertThat(live.status()).isEqualTo(503);
            assertThat(live.json().get("state").asText()).isEqualTo("NOT_RUNNING");
        }
    }
}
