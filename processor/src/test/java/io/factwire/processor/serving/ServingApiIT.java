package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.serving.HttpJson.Answer;
import io.factwire.schemas.Topics;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint but the live feed, on the real stack, with one instance of a topology holding the fact store. */
@RealStack
class ServingApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RUN = KafkaFixture.uniqueId();
    private static final String FIRE = "harbour-fire-" + RUN;
    /** An event id with a '/' in it: keys must survive raw and encoded paths. */
    private static final String BRIDGE = "bridge/collapse-" + RUN;

    private static KafkaFixture kafka;
    private static ServingInstance instance;

    @BeforeAll
    static void publishAndStart(StackEndpoints endpoints) throws Exception {
        kafka = new KafkaFixture(endpoints);
        instance = ServingInstance.start(kafka, "serving-api-it-" + RUN, StandInFactTopology::build,
                Duration.ofSeconds(15), WAIT);
        for (FactState fact : List.of(
                ServingSamples.fact(FIRE, Outcome.killed, VictimGroup.civilians, 3, 5),
                ServingSamples.fact(FIRE, Outcome.killed, VictimGroup.all, 3, 5, 6),
                ServingSamples.fact(FIRE, Outcome.injured, VictimGroup.all, 12),
                ServingSamples.fact(BRIDGE, Outcome.missing, VictimGroup.unspecified, 2))) {
            kafka.publish(kafka.topics.facts(), fact.getKey(), fact);
        }
        kafka.publish(kafka.topics.events(), FIRE, ServingSamples.event(FIRE, "Harbour fire, Port Elin", FIRE + "-a1", FIRE + "-a2"));
        kafka.publish(kafka.topics.events(), BRIDGE, ServingSamples.event(BRIDGE, "Bridge collapse", BRIDGE + "-a1"));
        kafka.publish(kafka.topics.articlesUnique(), FIRE + "-a1",
                ServingSamples.article(FIRE + "-a1", FIRE, "Fire at the harbour", "Three people died in a fire."));
        kafka.publish(kafka.topics.duplicates(), FIRE + "-a3", ServingSamples.duplicate(FIRE + "-a3", FIRE + "-a1"));

        Eventually.await("the facts in the store", WAIT, () -> get("/api/facts?event=" + encode(FIRE)),
                answer -> answer.status() == 200 && answer.json().get("facts").size() == 3);
        Eventually.await("the events in the cache", WAIT, () -> get("/api/events/" + encode(BRIDGE)),
                answer -> answer.status() == 200);
    }

    @AfterAll
    static void stop() {
        if (instance != null) instance.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void theFactListFiltersByEventOutcomeAndGroup() throws Exception {
        assertThat(keys(get("/api/facts?event=" + encode(FIRE)))).containsExactly(
                FIRE + "/injured/all", FIRE + "/killed/all", FIRE + "/killed/civilians");
        assertThat(keys(get("/api/facts?event=" + encode(FIRE) + "&outcome=killed"))).containsExactly(
                FIRE + "/killed/all", FIRE + "/killed/civilians");
        assertThat(keys(get("/api/facts?event=" + encode(FIRE) + "&group=all"))).containsExactly(
                FIRE + "/injured/all", FIRE + "/killed/all");
        assertThat(keys(get("/api/facts"))).contains(
                FIRE + "/injured/all", FIRE + "/killed/all", FIRE + "/killed/civilians", BRIDGE + "/missing/unspecified");
    }

    @Test
    void aFactIsFoundByItsKeyRawOrEncoded() throws Exception {
        Answer raw = get("/api/facts/" + FIRE + "/killed/all");
        Answer encoded = get("/api/facts/" + encode(FIRE + "/killed/all"));
        Answer slashInEvent = get("/api/facts/" + BRIDGE + "/missing/unspecified");
        Answer slashInEventEncoded = get("/api/facts/" + encode(BRIDGE + "/missing/unspecified"));

        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.json()).isEqualTo(encoded.json());
        assertThat(raw.json().get("best").asLong()).isEqualTo(6);
        assertThat(raw.json().get("claims").get(2).get("text").asText()).isEqualTo("At least 6 people were killed, the regional police said.");
        assertThat(slashInEvent.json().get("event").asText()).isEqualTo(BRIDGE);
        assertThat(slashInEventEncoded.json()).isEqualTo(slashInEvent.json());
    }

    @Test
    void aFactsHistoryIsItsFiguresOverTime() throws Exception {
        JsonNode history = get("/api/facts/" + encode(FIRE + "/killed/all") + "/history").json();

        assertThat(history.get("key").asText()).isEqualTo(FIRE + "/killed/all");
        assertThat(history.get("version").asLong()).isEqualTo(3);
        assertThat(history.get("history")).extracting(point -> point.get("best").asLong()).containsExactly(3L, 5L, 6L);
        assertThat(history.get("history").get(0).get("at").asText()).isEqualTo("2024-03-05T08:00:00Z");
    }

    @Test
    void aFactsTimelineIsItsFiguresByPublicationTimeAndAsOfGivesTheTableThen() throws Exception {
        JsonNode timeline = get("/api/facts/" + encode(FIRE + "/killed/all") + "/timeline").json();
        assertThat(timeline.get("timeline")).extracting(point -> point.get("best").asLong()).containsExactly(3L, 5L, 6L);
        assertThat(timeline.get("timeline").get(1).get("at").asText()).isEqualTo("2024-03-05T08:10:00Z");
        assertThat(timeline.get("timeline").get(1).get("sources").asInt()).isEqualTo(2);

        JsonNode then = get("/api/facts?event=" + encode(FIRE) + "&outcome=killed&group=all&asOf=2024-03-05T08:15:00Z").json();
        JsonNode fact = then.get("facts").get(0);
        assertThat(fact.get("best").asLong()).isEqualTo(5);
        assertThat(fact.get("sources").asInt()).isEqualTo(2);
        assertThat(fact.get("claims")).hasSize(2);
        assertThat(fact.get("asOf").asText()).isEqualTo("2024-03-05T08:15:00Z");
        assertThat(get("/api/facts?event=" + encode(FIRE) + "&asOf=2024-03-05T07:00:00Z").json().get("facts")).as("nothing published yet").isEmpty();
        assertThat(get("/api/facts?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void unknownKeysAre404AndMalformedOnes400() throws Exception {
        Answer unknown = get("/api/facts/" + FIRE + "/kidnapped/all");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("reason").asText()).contains(FIRE + "/kidnapped/all");

        assertThat(get("/api/facts/" + FIRE + "/drowned/all").status()).isEqualTo(400);
        assertThat(get("/api/facts/just-an-event").status()).isEqualTo(400);
        Answer badFilter = get("/api/facts?outcome=drowned");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.json().get("reason").asText()).contains("unknown outcome 'drowned'");
        assertThat(get("/api/facts?colour=red").json().get("reason").asText()).contains("unknown parameter 'colour'");
    }

    @Test
    void eventsListAndOneEventWithItsFactsArticlesAndDuplicates() throws Exception {
        List<String> ids = new ArrayList<>();
        get("/api/events").json().get("events").forEach(event -> ids.add(event.get("id").asText()));
        assertThat(ids).contains(FIRE, BRIDGE);

        JsonNode fire = get("/api/events/" + encode(FIRE)).json();
        assertThat(fire.get("event").get("label").asText()).isEqualTo("Harbour fire, Port Elin");
        assertThat(fire.get("event").get("firstSeen").asText()).isEqualTo("2024-03-05T08:00:00Z");
        assertThat(fire.get("facts")).hasSize(3);
        assertThat(fire.get("articles").get(0).get("title").asText()).isEqualTo("Fire at the harbour");
        assertThat(fire.get("articles").get(1).get("id").asText()).as("no summary yet: the id alone").isEqualTo(FIRE + "-a2");
        assertThat(fire.get("duplicates").get(0).get("article").asText()).isEqualTo(FIRE + "-a3");

        assertThat(get("/api/events/no-such-event-" + RUN).status()).isEqualTo(404);
    }

    @Test
    void duplicatesAreListedAndFiltered() throws Exception {
        JsonNode all = get("/api/duplicates").json().get("duplicates");
        assertThat(all).anySatisfy(duplicate -> assertThat(duplicate.toString()).isEqualTo(
                "{\"article\":\"" + FIRE + "-a3\",\"original\":\"" + FIRE + "-a1\",\"kind\":\"near\",\"similarity\":0.93}"));
        assertThat(get("/api/duplicates?original=" + encode(FIRE + "-a1")).json().get("duplicates")).hasSize(1);
        assertThat(get("/api/duplicates?kind=exact&original=" + encode(FIRE + "-a1")).json().get("duplicates")).isEmpty();
        assertThat(get("/api/duplicates?kind=fuzzy").status()).isEqualTo(400);
    }

    @Test
    void theApiIsReadOnlyAndUnknownPathsAre404() throws Exception {
        Answer post = HttpJson.send(HttpRequest.newBuilder(instance.uri("/api/facts"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.json().get("error").asText()).isEqualTo("method-not-allowed");

        Answer head = HttpJson.send(HttpRequest.newBuilder(instance.uri("/api/facts"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.text()).isEmpty();

        Answer missing = get("/api/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not-found");
    }

    @Test
    void healthSaysLiveAndReadyWhenRunning() throws Exception {
        Answer live = get("/health/live");
        Answer ready = get("/health/ready");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asText()).isEqualTo("UP");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("state").asText()).isEqualTo("RUNNING");
        assertThat(ready.json().get("cacheLoaded").asBoolean()).isTrue();
    }

    @Test
    void metricsHaveKafkaStreamsJvmAndFactwireMetersIncludingEndToEndLatency() throws Exception {
        String article = FIRE + "-latency";
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.INGESTED_HEADER, java.time.Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        kafka.publish(kafka.topics.articles(), article,
                ServingSamples.article(article, null, "Harbour fire toll rises", "Seven people died."), headers);
        FactState before = ServingSamples.fact(FIRE, Outcome.killed, VictimGroup.all, 3, 5, 6);
        FactState after = ServingSamples.fact(FIRE, Outcome.killed, VictimGroup.all, 3, 5, 6, 7);
        Eventually.await("the monitor reading the article", WAIT,
                () -> get("/api/ops").json().get("counts").get("factwire.articles.in").asLong(), count -> count >= 1);
        kafka.publish(kafka.topics.factUpdates(), after.getKey(), ServingSamples.update(before, after, article));

        String metrics = Eventually.await("a latency sample", WAIT, () -> get("/metrics").text(),
                text -> text.contains("factwire_end_to_end_latency_seconds_count{application=\"" + instance.applicationId + "\"} 1"));
        assertThat(metrics).contains("kafka_stream_thread_", "jvm_memory_used_bytes", "process_uptime_seconds",
                "factwire_articles_in_total", "factwire_duplicates_total", "factwire_claims_total",
                "factwire_fact_changes_total", "factwire_dead_letters_total", "factwire_end_to_end_latency_seconds_bucket",
                "factwire_live_clients");
        assertThat(get("/metrics").raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");

        JsonNode ops = get("/api/ops").json();
        assertThat(ops.get("state").asText()).isEqualTo("RUNNING");
        assertThat(ops.get("latency").get("count").asLong()).isEqualTo(1);
        assertThat(ops.get("counts").get("factwire.fact.changes").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(ops.get("instances").get(0).asText()).isEqualTo("127.0.0.1:" + instance.server.port());
    }

    @Test
    void lagCoversTheProcessorsInputPartitions() throws Exception {
        JsonNode lag = Eventually.await("committed offsets", WAIT, () -> get("/api/lag").json(),
                json -> json.get("partitions").size() > 0);

        assertThat(lag.get("group").asText()).isEqualTo(instance.applicationId);
        List<String> topics = new ArrayList<>();
        lag.get("partitions").forEach(partition -> topics.add(partition.get("topic").asText()));
        assertThat(topics).contains("facts", instance.applicationId + "-facts-by-event-repartition");
        JsonNode first = lag.get("partitions").get(0);
        assertThat(first.has("currentOffset") && first.has("logEndOffset") && first.has("lag") && first.has("lagSeconds")).isTrue();
    }

    @Test
    void thePageAndItsAssetsAreServedWithAContentSecurityPolicy() throws Exception {
        Answer page = get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(get("/app.js").status()).isEqualTo(200);
        assertThat(get("/app.css").status()).isEqualTo(200);
    }

    private static Answer get(String pathAndQuery) throws Exception {
        return HttpJson.get(instance.uri(pathAndQuery));
    }

    private static List<String> keys(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        answer.json().get("facts").forEach(fact -> keys.add(fact.get("key").asText()));
        return keys;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
