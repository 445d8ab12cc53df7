package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.processor.facts.FactStage;
import io.factwire.processor.serving.HttpJson.Answer;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the real processor (one application id, application.server set on each), one broker,
 * 6 partitions: every fact is reachable from either instance, the owner answering for the other; the list from
 * either covers both; a forwarded request is never forwarded again.
 */
@RealStack
class TwoInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Invented towns, one event each: their facts land on different partitions. */
    private static final List<String> TOWNS = List.of("Arvensk", "Bolmora", "Cestrel", "Dunvale", "Eskarth", "Feroway",
            "Galmire", "Hollinford", "Ismerel", "Jorvath", "Kelmsby", "Lunnacre");

    @Test
    void everyFactIsReachableFromEitherInstance(StackEndpoints endpoints) throws Exception {
        String run = KafkaFixture.uniqueId();
        String applicationId = "serving-two-it-" + run;
        try (KafkaFixture kafka = new KafkaFixture(endpoints);
             RealPipeline first = RealPipeline.start(endpoints, applicationId);
             RealPipeline second = RealPipeline.start(endpoints, applicationId)) {
            // The second instance is RUNNING once it has joined, but the assignor may first hand it other tasks
            // and keep every facts partition where it was: wait until the facts store itself is split.
            for (RealPipeline instance : List.of(first, second)) {
                Eventually.await("facts partitions on both instances, seen from " + instance.processor.uri(), WAIT,
                        () -> factOwners(instance.processor.app().streams()), owners -> owners.size() == 2);
            }
            for (int i = 0; i < TOWNS.size(); i++) {
                String town = TOWNS.get(i);
                String id = "two-" + run + "-" + i;
                kafka.publish(kafka.topics.articles(), id, RealPipeline.article(id, "Flooding hits " + town,
                        "At least " + (i + 2) + " civilians were killed when the river burst its banks in " + town
                                + " on Monday, police in " + town + " said.", "Valley Courier"));
            }
            // Which fact each article made, found through the first instance: the event ids are the topology's.
            Map<String, String> keyByArticle = Eventually.await("a fact for every article", WAIT,
                    () -> factsByArticle(first, run), found -> found.size() == TOWNS.size());
            Set<String> keys = new HashSet<>(keyByArticle.values());

            KafkaStreams streams = first.processor.app().streams();
            // Rebalances after the second instance's join can move facts partitions again, at times all of them to
            // one instance: asked from both instances, every fact is then answered both where it is owned and through
            // a forward from where it is not, wherever the placement leaves it.
            for (RealPipeline asked : List.of(first, second)) {
                assertThat(listedKeys(asked)).containsAll(keys);
                for (String key : keys) {
                    Answer answer = Eventually.await(key + " from " + asked.processor.uri(), WAIT,
                            () -> HttpJson.get(asked.uri("/api/facts/" + key)), found -> found.status() == 200);
                    assertThat(answer.json().get("key").asText()).isEqualTo(key);
                }
            }

            String key = keys.iterator().next();
            RealPipeline notOwning = owner(streams, key).equals(selfOf(first)) ? second : first;
            RealPipeline other = notOwning == first ? second : first;
            Answer refused = HttpJson.send(HttpRequest.newBuilder(notOwning.uri("/api/facts/" + key))
                    .header(Request.FORWARDED_HEADER, selfOf(other).host() + ":" + selfOf(other).port()).build());
            assertThat(refused.status()).as("a forwarded request is answered locally or refused, never forwarded").isEqualTo(503);
            assertThat(refused.json().get("reason").asText()).contains("owned by").contains("retry");
        }
    }

    /** Article id -> key of the killed/civilians fact its claim went into, over the whole fact list. */
    private static Map<String, String> factsByArticle(RealPipeline instance, String run) throws Exception {
        Map<String, String> found = new HashMap<>();
        Answer answer = HttpJson.get(instance.uri("/api/facts?outcome=killed&group=civilians"));
        if (answer.status() != 200) return found;
        for (JsonNode fact : answer.json().get("facts")) {
            for (JsonNode claim : fact.get("claims")) {
                String article = claim.get("article").asText();
                if (article.startsWith("two-" + run + "-")) found.put(article, fact.get("key").asText());
            }
        }
        return found;
    }

    /** The instances that own at least one partition of the facts store. */
    private static Set<HostInfo> factOwners(KafkaStreams streams) {
        Set<HostInfo> owners = new HashSet<>();
        streams.streamsMetadataForStore(FactStage.STATES_STORE).stream()
                .filter(metadata -> !metadata.topicPartitions().isEmpty())
                .forEach(metadata -> owners.add(metadata.hostInfo()));
        return owners;
    }

    private static Set<String> listedKeys(RealPipeline instance) throws Exception {
        Answer answer = Eventually.await("the list from " + instance.processor.uri(), WAIT,
                () -> HttpJson.get(instance.uri("/api/facts")), found -> found.status() == 200);
        Set<String> keys = new HashSet<>();
        answer.json().get("facts").forEach(fact -> keys.add(fact.get("key").asText()));
        return keys;
    }

    private static HostInfo owner(KafkaStreams streams, String key) {
        String event = FactKeyPath.parseKey(key, FactKeyPath.View.FACT).event();
        return streams.queryMetadataForKey(FactStage.STATES_STORE, event, Serdes.String().serializer()).activeHost();
    }

    private static HostInfo selfOf(RealPipeline instance) {
        return ServingOptions.hostInfo(instance.processor.uri().getAuthority());
    }
}
