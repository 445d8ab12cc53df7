package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.serving.SseClient.Message;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/stream on the real stack: committed fact updates as Server-Sent Events, resumable, kept alive. */
@RealStack
class LiveFeedIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);

    private static KafkaFixture kafka;
    private static ServingInstance instance;

    @BeforeAll
    static void start(StackEndpoints endpoints) throws Exception {
        kafka = new KafkaFixture(endpoints);
        instance = ServingInstance.start(kafka, "serving-feed-it-" + KafkaFixture.uniqueId(), StandInFactTopology::build,
                HEARTBEAT, WAIT);
    }

    @AfterAll
    static void stop() {
        if (instance != null) instance.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void anUpdateArrivesAsAFactEventSoonAfterItIsPublished() throws Exception {
        String event = "feed-" + KafkaFixture.uniqueId();
        try (SseClient feed = new SseClient(instance.uri("/api/stream"), null)) {
            assertThat(feed.response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            Message position = feed.next("position", WAIT);
            assertThat(position).as("the starting position").isNotNull();
            assertThat(position.id()).startsWith("fact-updates@0:");

            // The first send registers the schema and fetches metadata: not what the feed's latency is about.
            FactState warmUp = ServingSamples.fact(event, Outcome.arrested, VictimGroup.protesters, 1);
            kafka.publish(kafka.topics.factUpdates(), warmUp.getKey(), ServingSamples.update(null, warmUp, event + "-a0"));
            nextFactOf(feed, warmUp.getKey());

            List<Double> latencies = new ArrayList<>();
            FactState before = ServingSamples.fact(event, Outcome.injured, VictimGroup.civilians, 4);
            for (int figure = 5; figure <= 9; figure++) {
                FactState after = ServingSamples.fact(event, Outcome.injured, VictimGroup.civilians, 4, figure);
                long published = System.nanoTime();
                kafka.publish(kafka.topics.factUpdates(), after.getKey(), ServingSamples.update(before, after, event + "-a" + figure));
                Message fact = nextFactOf(feed, after.getKey());
                latencies.add((fact.receivedNanos() - published) / 1e6);

                JsonNode data = Response.MAPPER.readTree(fact.data());
                assertThat(data.get("before").get("best").asLong()).isEqualTo(4);
                assertThat(data.get("after").get("best").asLong()).isEqualTo(figure);
                assertThat(data.get("after").get("history")).hasSize(2);
                assertThat(data.get("cause").asText()).isEqualTo(event + "-a" + figure);
                assertThat(fact.id()).matches("fact-updates-\\d+-\\d+@(\\d+:\\d+,){5}\\d+:\\d+");
            }
            List<Double> sorted = latencies.stream().sorted().toList();
            System.out.printf("SSE latency (send -> event received, 5 updates): median %.1f ms, max %.1f ms, all %s%n",
                    sorted.get(2), sorted.get(4), latencies.stream().map(ms -> String.format("%.0f", ms)).toList());
            assertThat(sorted.get(4)).as("loosely: a loaded 2-core CI box").isLessThan(5000);
        }
    }

    @Test
    void aReconnectingClientResumesRightAfterTheLastEventItSaw() throws Exception {
        String event = "resume-" + KafkaFixture.uniqueId();
        FactState v1 = ServingSamples.fact(event, Outcome.killed, VictimGroup.all, 1);
        FactState v2 = ServingSamples.fact(event, Outcome.killed, VictimGroup.all, 1, 2);
        FactState v3 = ServingSamples.fact(event, Outcome.killed, VictimGroup.all, 1, 2, 3);
        String lastSeen;
        try (SseClient feed = new SseClient(instance.uri("/api/stream"), null)) {
            feed.next("position", WAIT);
            kafka.publish(kafka.topics.factUpdates(), v1.getKey(), ServingSamples.update(null, v1, event + "-a1"));
            lastSeen = nextFactOf(feed, v1.getKey()).id();
        }
        // Published while the client is away: it must get both, in order, and not the one it already had.
        kafka.publish(kafka.topics.factUpdates(), v2.getKey(), ServingSamples.update(v1, v2, event + "-a2"));
        kafka.publish(kafka.topics.factUpdates(), v3.getKey(), ServingSamples.update(v2, v3, event + "-a3"));

        try (SseClient resumed = new SseClient(instance.uri("/api/stream"), lastSeen)) {
            assertThat(cause(nextFactOf(resumed, v1.getKey()))).isEqualTo(event + "-a2");
            assertThat(cause(nextFactOf(resumed, v1.getKey()))).isEqualTo(event + "-a3");
        }
    }

    @Test
    void anIdleFeedSendsHeartbeatComments() throws Exception {
        try (SseClient feed = new SseClient(instance.uri("/api/stream"), null)) {
            Message heartbeat = feed.next("comment", HEARTBEAT.multipliedBy(10));

            assertThat(heartbeat).isNotNull();
            assertThat(heartbeat.data()).startsWith("heartbeat");
        }
    }

    @Test
    void aMalformedLastEventIdIsABadRequest() throws Exception {
        HttpJson.Answer answer = HttpJson.send(java.net.http.HttpRequest.newBuilder(instance.uri("/api/stream"))
                .header("Last-Event-ID", "facts-1-2").build());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("reason").asText()).contains("bad Last-Event-ID 'facts-1-2'");
    }

    /** The next fact event about {@code key}; the shared topic may carry other tests' updates too. */
    private static Message nextFactOf(SseClient feed, String key) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Message fact = feed.next("fact", Duration.ofNanos(deadline - System.nanoTime()));
            if (fact != null && Response.MAPPER.readTree(fact.data()).get("key").asText().equals(key)) return fact;
        }
        throw new AssertionError("no fact event for " + key + " within " + WAIT);
    }

    private static String cause(Message fact) throws Exception {
        return Response.MAPPER.readTree(fact.data()).get("cause").asText();
    }
}
