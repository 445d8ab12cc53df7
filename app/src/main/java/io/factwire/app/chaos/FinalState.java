package io.factwire.app.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factwire.avro.Duplicate;
import io.factwire.avro.Event;
import io.factwire.avro.FactState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run ends with, as any reader of the topics sees it: each fact's figures, each event's articles, each
 * duplicate link. A run with faults is held against an uninterrupted run of the same seed ({@code --expect-state}):
 * the decision takes articles in rank order, so kills and broker restarts must change nothing.
 *
 * @param facts      fact key to "low/best/high, sources"
 * @param events     each event's articles, sorted and joined (event ids left out: the articles are what a reader compares)
 * @param duplicates "copy -> original (kind)"
 */
record FinalState(SortedMap<String, String> facts, SortedSet<String> events, SortedSet<String> duplicates) {

    /** Where every run writes its final state, in its work directory. */
    static final String FILE = "final-state.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** From what the checks read: the facts and events as their topics keep them, and every duplicate link. */
    static FinalState of(Map<String, FactState> facts, Collection<Event> events, List<Duplicate> duplicates) {
        SortedMap<String, String> figures = new TreeMap<>();
        facts.forEach((key, fact) -> figures.put(key, fact.getLow() + "/" + fact.getBest() + "/" + fact.getHigh() + ", "
                + fact.getSources()));
        SortedSet<String> grouped = new TreeSet<>();
        events.forEach(event -> grouped.add(String.join(" ", new TreeSet<>(event.getArticles()))));
        SortedSet<String> links = new TreeSet<>();
        duplicates.forEach(duplicate -> links.add(duplicate.getArticle() + " -> " + duplicate.getOriginal() + " ("
                + duplicate.getKind() + ")"));
        return new FinalState(figures, grouped, links);
    }

    void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), Map.of("facts", facts, "events", events, "duplicates", duplicates));
    }

    static FinalState load(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        SortedMap<String, String> facts = new TreeMap<>();
        root.get("facts").properties().forEach(entry -> facts.put(entry.getKey(), entry.getValue().asText()));
        return new FinalState(facts, strings(root.get("events")), strings(root.get("duplicates")));
    }

    private static SortedSet<String> strings(JsonNode array) {
        SortedSet<String> strings = new TreeSet<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    /** The check: this run's final state is the uninterrupted run's, fact by fact, event by event, link by link. */
    ChaosChecks.Check against(FinalState uninterrupted) {
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(facts.keySet());
        keys.addAll(uninterrupted.facts.keySet());
        for (String key : keys) {
            String here = facts.get(key);
            String there = uninterrupted.facts.get(key);
            if (!Objects.equals(here, there)) differences.add("fact " + key + ": " + here + " against " + there);
        }
        differ("event", events, uninterrupted.events, differences);
        differ("duplicate", duplicates, uninterrupted.duplicates, differences);
        String detail = differences.isEmpty()
                ? String.format("%d facts, %d events, %d duplicates equal", facts.size(), events.size(), duplicates.size())
                : differences.size() + " differences, e.g. " + differences.subList(0, Math.min(3, differences.size()));
        return new ChaosChecks.Check("final facts, events, duplicates equal an uninterrupted run's", differences.isEmpty(), detail);
    }

    private static void differ(String what, SortedSet<String> here, SortedSet<String> there, List<String> differences) {
        for (String item : here) if (!there.contains(item)) differences.add(what + " only here: " + item);
        for (String item : there) if (!here.contains(item)) differences.add(what + " only uninterrupted: " + item);
    }
}
