package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.Article;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.junit.RealStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seed articles through the whole pipeline on the real stack (6 partitions, 2 stream threads): the
 * figures the issue names, and the same final facts whatever order the articles arrive in.
 */
@RealStack
class SeedFactsIT {

    @TempDir
    Path stateDir;

    @Test
    void theSeedsGiveTheExpectedFacts(StackEndpoints stack) throws Exception {
        List<Article> seeds = SeedArticles.load();
        List<JsonNode> events = new ArrayList<>();
        Map<String, JsonNode> facts = run(stack, seeds, "natural", events);

        assertThat(events).as("events").hasSize(1);
        assertThat(events.getFirst().get("articles")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(seeds.stream().map(Article::getId).toList());

        assertThat(seeds).hasSize(5);
        JsonNode killed = facts.get("killed/security_forces");
        assertThat(killed.get("low").asLong()).isEqualTo(8);
        assertThat(killed.get("best").asLong()).isEqualTo(13);
        assertThat(killed.get("high").asLong()).isEqualTo(13);
        assertThat(killed.get("sources").asInt()).isEqualTo(4);

        JsonNode injured = facts.get("injured/security_forces");
        assertThat(injured.get("best").asLong()).isEqualTo(353);
        assertThat(injured.get("sources").asInt()).isEqualTo(2);
        assertThat(injured.get("origins").asInt()).isEqualTo(1);

        JsonNode civilians = facts.get("injured/civilians");
        assertThat(civilians.get("best").asLong()).isEqualTo(500);
        assertThat(civilians.get("qualifier").asText()).isEqualTo("more_than");

        // "More than 1,000 protesters besieged government headquarters": a crowd, not casualties.
        assertThat(facts.values()).allSatisfy(fact -> assertThat(fact.get("claims").toString()).doesNotContain("besieged"));
        assertThat(facts.values()).allSatisfy(fact -> assertThat(fact.get("high").asLong()).isNotEqualTo(1000));
        // Every fact is about the one event all five seeds belong to.
        assertThat(facts.values()).extracting(fact -> fact.get("event").asText()).containsOnly(killed.get("event").asText());
    }

    @Test
    void theSeedsInReverseAndShuffledGiveTheSameFinalFacts(StackEndpoints stack) throws Exception {
        List<Article> seeds = SeedArticles.load();
        List<Article> reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        List<Article> shuffled = new ArrayList<>(seeds);
        Collections.shuffle(shuffled, new Random(20220106));

        Map<String, JsonNode> fromReversed = run(stack, reversed, "reversed", new ArrayList<>());
        Map<String, JsonNode> fromShuffled = run(stack, shuffled, "shuffled", new ArrayList<>());

        assertThat(fromReversed.get("killed/security_forces").get("best").asLong()).isEqualTo(13);
        assertThat(withoutEvent(fromShuffled)).isEqualTo(withoutEvent(fromReversed));
    }

    /** Event ids may be minted from whichever article comes first. */
    private static Map<String, JsonNode> withoutEvent(Map<String, JsonNode> facts) {
        Map<String, JsonNode> stripped = new TreeMap<>();
        facts.forEach((key, fact) -> stripped.put(key, ((ObjectNode) fact.deepCopy()).without("event")));
        return stripped;
    }

    /**
     * One run on empty topics: the final facts by outcome/group, without what records the path taken (version,
     * updated, history); the events go to {@code events}.
     */
    private Map<String, JsonNode> run(StackEndpoints stack, List<Article> articles, String name, List<JsonNode> events)
            throws Exception {
        try (PipelineRun run = PipelineRun.start(stack, stateDir.resolve(name))) {
            run.publish(articles);
            run.awaitIdle();
            JsonNode snapshot = run.snapshot();
            snapshot.get("events").forEach(events::add);
            Map<String, JsonNode> facts = new TreeMap<>();
            for (JsonNode fact : snapshot.get("facts")) {
                ObjectNode comparable = ((ObjectNode) fact.deepCopy());
                comparable.remove(List.of("version", "updated", "history", "key"));
                facts.put(fact.get("outcome").asText() + "/" + fact.get("group").asText(), comparable);
            }
            return facts;
        }
    }
}
