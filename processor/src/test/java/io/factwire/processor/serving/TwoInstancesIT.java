package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.serving.HttpJson.Answer;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one application (application.server set on each), one broker, 6 partitions: every fact is
 * reachable from either instance, the owner answering for the other, and the list from either covers both.
 */
@RealStack
class TwoInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int EVENTS = 12;

    @Test
    void everyFactIsReachableFromEitherInstance(StackEndpoints endpoints) throws Exception {
        String run = KafkaFixture.uniqueId();
        String applicationId = "serving-two-it-" + run;
        try (KafkaFixture kafka = new KafkaFixture(endpoints);
             ServingInstance first = ServingInstance.start(kafka, applicationId, StandInFactTopology::build, Duration.ofSeconds(15), WAIT);
             ServingInstance second = ServingInstance.start(kafka, applicationId, StandInFactTopology::build, Duration.ofSeconds(15), WAIT)) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                FactState fact = ServingSamples.fact("two-" + run + "-" + i, Outcome.killed, VictimGroup.all, i + 1);
                kafka.publish(kafka.topics.facts(), fact.getKey(), fact);
                keys.add(fact.getKey());
            }
            HostInfo firstHost = ServingOptions.hostInfo("127.0.0.1:" + first.server.port());
            HostInfo secondHost = ServingOptions.hostInfo("127.0.0.1:" + second.server.port());
            Set<HostInfo> owners = Eventually.await("both instances owning part of the events", WAIT, () -> owners(first, run),
                    found -> found.equals(Set.of(firstHost, secondHost)));
            assertThat(owners).hasSize(2);

            for (ServingInstance asked : List.of(first, second)) {
                Set<String> listed = Eventually.await("every fact in the list from " + asked.server.port(), WAIT,
                        () -> listedKeys(asked, run), found -> found.size() == EVENTS);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(keys);
            }
            for (String key : keys) {
                Answer fromFirst = Eventually.await(key + " from the first", WAIT,
                        () -> HttpJson.get(first.uri("/api/facts/" + key)), answer -> answer.status() == 200);
                Answer fromSecond = Eventually.await(key + " from the second", WAIT,
                        () -> HttpJson.get(second.uri("/api/facts/" + key)), answer -> answer.status() == 200);
                assertThat(fromFirst.json()).isEqualTo(fromSecond.json());
                assertThat(fromFirst.json().get("key").asText()).isEqualTo(key);
            }
        }
    }

    @Test
    void aForwardedRequestForAKeyOwnedElsewhereIsNeverForwardedAgain(StackEndpoints endpoints) throws Exception {
        String run = KafkaFixture.uniqueId();
        String applicationId = "serving-loop-it-" + run;
        try (KafkaFixture kafka = new KafkaFixture(endpoints);
             ServingInstance first = ServingInstance.start(kafka, applicationId, StandInFactTopology::build, Duration.ofSeconds(15), WAIT);
             ServingInstance second = ServingInstance.start(kafka, applicationId, StandInFactTopology::build, Duration.ofSeconds(15), WAIT)) {
            HostInfo secondHost = ServingOptions.hostInfo("127.0.0.1:" + second.server.port());
            String event = Eventually.await("an event owned by the second instance", WAIT, () -> {
                for (int i = 0; i < 100; i++) {
                    String candidate = "loop-" + run + "-" + i;
                    if (secondHost.equals(first.streams.queryMetadataForKey(ServingOptions.DEFAULT_FACT_STORE, candidate,
                            Serdes.String().serializer()).activeHost())) return candidate;
                }
                return null;
            }, found -> found != null);

            Answer answer = HttpJson.send(HttpRequest.newBuilder(first.uri("/api/facts/" + event + "/killed/all"))
                    .header(Request.FORWARDED_HEADER, "127.0.0.1:" + second.server.port()).build());

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().get("reason").asText()).contains("owned by 127.0.0.1:" + second.server.port())
                    .contains("retry");
        }
    }

    private static Set<HostInfo> owners(ServingInstance instance, String run) {
        Set<HostInfo> owners = new HashSet<>();
        for (int i = 0; i < EVENTS; i++) {
            owners.add(instance.streams.queryMetadataForKey(ServingOptions.DEFAULT_FACT_STORE, "two-" + run + "-" + i,
                    Serdes.String().serializer()).activeHost());
        }
        return owners;
    }

    private static Set<String> listedKeys(ServingInstance instance, String run) throws Exception {
        Answer answer = HttpJson.get(instance.uri("/api/facts?outcome=killed&group=all"));
        Set<String> keys = new HashSet<>();
        if (answer.status() != 200) return keys;
        for (JsonNode fact : answer.json().get("facts")) {
            if (fact.get("event").asText().startsWith("two-" + run + "-")) keys.add(fact.get("key").asText());
        }
        return keys;
    }
}
