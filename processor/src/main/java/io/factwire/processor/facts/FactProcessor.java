package io.factwire.processor.facts;

import io.factwire.avro.Claim;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.avro.Outcome;
import io.factwire.avro.TimelinePoint;
import io.factwire.avro.VictimGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The running fact table of the events in this task (input keyed by event id). An article's claim set replaces
 * the one it sent before; every outcome it touches is then recomputed from the stored claims, as a pure function
 * of that set, and each fact whose figures, sources or claims changed is stored and forwarded as a
 * {@link FactUpdate} keyed by its fact key. A fact left without claims is forwarded once as a removal (zero
 * figures, no sources) and dropped.
 */
final class FactProcessor implements Processor<String, ArticleClaims, String, FactUpdate> {

    private final FactPolicy policy;
    private final FactTimeline timeline;
    private final FactEvolution evolution;
    private final int maxClaims;
    private final StringSerializer prefixSerializer = new StringSerializer();

    private ProcessorContext<String, FactUpdate> context;
    private KeyValueStore<String, ArticleClaims> articles;
    private KeyValueStore<String, ArticleClaims> claims;
    private KeyValueStore<String, FactState> states;

    FactProcessor(FactConfig config) {
        this.policy = new FactPolicy(config.maxClaims(), config.corroborationRatio());
        this.timeline = new FactTimeline(policy, config.timelineExact(), config.timelineLimit());
        this.evolution = new FactEvolution(config.historyLimit());
        this.maxClaims = config.maxClaims();
    }

    @Override
    public void init(ProcessorContext<String, FactUpdate> context) {
        this.context = context;
        this.articles = context.getStateStore(FactStage.ARTICLES_STORE);
        this.claims = context.getStateStore(FactStage.CLAIMS_STORE);
        this.states = context.getStateStore(FactStage.STATES_STORE);
    }

    @Override
    public void process(Record<String, ArticleClaims> record) {
        ArticleClaims batch = record.value();
        List<Claim> incoming = batch.foreground();
        String articleKey = FactStoreKeys.article(batch.event(), batch.article());
        ArticleClaims previous = articles.get(articleKey);
        List<Claim> before = previous == null ? List.of() : previous.claims();
        if (before.equals(incoming)) return;

        for (FactKey fact : factKeys(batch.event(), before)) claims.delete(FactStoreKeys.claims(fact, batch.article()));
        factKeys(batch.event(), incoming).forEach(fact -> claims.put(FactStoreKeys.claims(fact, batch.article()),
                new ArticleClaims(batch.article(), batch.event(), claimsOf(fact, incoming))));
        if (incoming.isEmpty()) articles.delete(articleKey);
        else articles.put(articleKey, new ArticleClaims(batch.article(), batch.event(), incoming));

        Set<Outcome> touched = EnumSet.noneOf(Outcome.class);
        before.forEach(claim -> touched.add(claim.getOutcome()));
        incoming.forEach(claim -> touched.add(claim.getOutcome()));
        // An undated article moves the whole timeline: its claims count from the fact's first publication time.
        Instant changed = Stream.concat(before.stream(), incoming.stream())
                .map(claim -> claim.getPublished() == null ? Instant.EPOCH : claim.getPublished())
                .min(Instant::compareTo).orElse(Instant.EPOCH);
        for (Outcome outcome : touched) recompute(batch.event(), outcome, batch.article(), changed, record);
    }

    /** Recomputes every group of one outcome of one event, and its total, from the stored claims. */
    private void recompute(String event, Outcome outcome, String cause, Instant changed,
                           Record<String, ArticleClaims> record) {
        Map<VictimGroup, List<Claim>> byGroup = new EnumMap<>(VictimGroup.class);
        try (KeyValueIterator<String, ArticleClaims> stored =
                     claims.prefixScan(FactStoreKeys.outcomePrefix(event, outcome), prefixSerializer)) {
            while (stored.hasNext()) {
                KeyValue<String, ArticleClaims> entry = stored.next();
                for (Claim claim : entry.value.claims()) {
                    byGroup.computeIfAbsent(claim.getGroup(), group -> new ArrayList<>()).add(claim);
                }
            }
        }
        Map<VictimGroup, FactFigures> figures = new EnumMap<>(VictimGroup.class);
        byGroup.forEach((group, groupClaims) -> policy.figures(groupClaims).ifPresent(f -> figures.put(group, f)));
        Optional<FactFigures> total = FactTotals.total(figures, maxClaims);

        Map<VictimGroup, FactState> previous = new EnumMap<>(VictimGroup.class);
        Map<VictimGroup, List<TimelinePoint>> timelinesBefore = new EnumMap<>(VictimGroup.class);
        for (VictimGroup group : VictimGroup.values()) {
            FactState state = states.get(new FactKey(event, outcome, group).toString());
            if (state == null) continue;
            previous.put(group, state);
            timelinesBefore.put(group, state.getTimeline());
        }
        Map<VictimGroup, List<TimelinePoint>> timelines = timeline.timelines(byGroup, timelinesBefore, changed);

        for (VictimGroup group : VictimGroup.values()) {
            FactKey key = new FactKey(event, outcome, group);
            Optional<FactFigures> current = key.isTotal() ? total : Optional.ofNullable(figures.get(group));
            update(key, previous.get(group), current, timelines.getOrDefault(group, List.of()), cause, record);
        }
    }

    private void update(FactKey key, FactState previous, Optional<FactFigures> current, List<TimelinePoint> timeline,
                        String cause, Record<String, ArticleClaims> record) {
        Instant at = Instant.ofEpochMilli(record.timestamp());
        Optional<FactState> next;
        if (current.isPresent()) {
            next = evolution.next(key, previous, current.get(), timeline, at);
            next.ifPresent(state -> states.put(key.toString(), state));
        } else if (previous != null) {
            next = Optional.of(evolution.removed(previous, at));
            states.delete(key.toString());
        } else {
            next = Optional.empty();
        }
        next.ifPresent(after -> context.forward(record.withKey(key.toString()).withValue(FactUpdate.newBuilder()
                .setKey(key.toString())
                .setBefore(previous)
                .setAfter(after)
                .setCause(cause)
                .setAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
                .build())));
    }

    private static Set<FactKey> factKeys(String event, List<Claim> claims) {
        return claims.stream()
                .map(claim -> new FactKey(event, claim.getOutcome(), claim.getGroup()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<Claim> claimsOf(FactKey fact, List<Claim> claims) {
        return claims.stream()
                .filter(claim -> claim.getOutcome() == fact.outcome() && claim.getGroup() == fact.group())
                .toList();
    }
}
