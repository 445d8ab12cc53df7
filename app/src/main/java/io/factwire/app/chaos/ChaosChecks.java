package io.factwire.app.chaos;

import io.factwire.avro.Claim;
import io.factwire.avro.DeadLetter;
import io.factwire.avro.Duplicate;
import io.factwire.avro.FactClaim;
import io.factwire.avro.Event;
import io.factwire.avro.FactState;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.facts.FactConfig;
import io.factwire.processor.facts.FactFigures;
import io.factwire.processor.facts.FactPolicy;
import io.factwire.processor.facts.FactTotals;
import io.factwire.processor.snapshot.Snapshot;
import io.factwire.schemas.Topics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What must hold after a fault-suite run, read from the topics as any consumer reads them (read_committed) and
 * held against the publisher's ledger: every record accounted for exactly once, facts that count each source once
 * and no duplicate, and figures that are what their claims give.
 */
final class ChaosChecks {

    /** One line of the table. */
    record Check(String name, boolean holds, String detail) {
    }

    /** The checks, the counts behind them, and the final state they read (to hold against another run's). */
    record Outcome(List<Check> checks, Map<String, Long> counts, FinalState state) {
        boolean allHold() {
            return checks.stream().allMatch(Check::holds);
        }

        Outcome with(Check check) {
            List<Check> more = new ArrayList<>(checks);
            more.add(check);
            return new Outcome(List.copyOf(more), counts, state);
        }
    }

    private static final int EXAMPLES = 5;

    private final String bootstrap;
    private final Topics topics;
    private final ChaosPublisher publisher;
    private final ChaosSettings settings;

    ChaosChecks(String bootstrap, Topics topics, ChaosPublisher publisher, ChaosSettings settings) {
        this.bootstrap = bootstrap;
        this.topics = topics;
        this.publisher = publisher;
        this.settings = settings;
    }

    Outcome run() {
        List<ChaosPublisher.Sent> sent = publisher.acknowledged();
        Map<String, Integer> uniqueCount = new HashMap<>();
        TopicDump.readAll(bootstrap, Topics.ARTICLES_UNIQUE, new ByteArrayDeserializer())
                .forEach(record -> uniqueCount.merge(record.key(), 1, Integer::sum));
        List<Duplicate> duplicates = TopicDump.readAll(bootstrap, Topics.ARTICLES_DUPLICATES,
                topics.duplicates().valueSerde().deserializer()).stream().map(ConsumerRecord::value).toList();
        List<DeadLetter> letters = TopicDump.readAll(bootstrap, Topics.DEAD_LETTERS,
                topics.deadLetters().valueSerde().deserializer()).stream().map(ConsumerRecord::value).toList();

        Map<String, Long> counts = new LinkedHashMap<>();
        List<Check> checks = new ArrayList<>();
        checks.add(articlesAccountedFor(sent, uniqueCount, duplicates, counts));
        checks.add(exactCopiesAreDuplicates(sent, uniqueCount, duplicates, counts));
        checks.add(poisonDeadLettered(sent, letters, counts));
        Map<String, String> failures = publisher.unexpectedFailures();
        checks.add(new Check("every send acknowledged (none lost before the pipeline)", failures.isEmpty(),
                failures.isEmpty() ? sent.size() + " acknowledged" : failures.size() + " failed, e.g. " + first(failures.entrySet())));
        long refused = publisher.refusedAsTooLarge().size();
        long oversize = publisher.oversizeAttempts();
        counts.put("refused by the broker as too large", refused);
        checks.add(new Check("every record over the broker's size limit refused to its producer", refused == oversize,
                refused + "/" + oversize + " (RecordTooLargeException)"));
        Set<String> duplicateOnly = new HashSet<>();
        duplicates.forEach(d -> {
            if (!uniqueCount.containsKey(d.getArticle())) duplicateOnly.add(d.getArticle());
        });
        Map<String, FactState> facts = Snapshot.latest(TopicDump.readAll(bootstrap, Topics.FACTS, topics.facts().valueSerde().deserializer()));
        checks.addAll(facts(facts, uniqueCount.keySet(), duplicateOnly, counts));
        Map<String, Event> events = Snapshot.latest(TopicDump.readAll(bootstrap, Topics.EVENTS, topics.events().valueSerde().deserializer()));
        return new Outcome(checks, counts, FinalState.of(facts, events.values(), duplicates));
    }

    /** Each article id: its first arrival unique or a copy (not both, never twice), each later arrival a re-send. */
    private static Check articlesAccountedFor(List<ChaosPublisher.Sent> sent, Map<String, Integer> uniqueCount,
                                              List<Duplicate> duplicates, Map<String, Long> counts) {
        Map<String, Integer> arrivals = new HashMap<>();
        sent.stream().filter(ChaosPublisher.Sent::isArticle).forEach(s -> arrivals.merge(s.id(), 1, Integer::sum));
        Map<String, Integer> resends = new HashMap<>();
        Set<String> copies = new HashSet<>();
        for (Duplicate d : duplicates) {
            if (d.getArticle().equals(d.getOriginal())) resends.merge(d.getArticle(), 1, Integer::sum);
            else copies.add(d.getArticle());
        }
        List<String> lost = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        long unique = 0;
        long copied = 0;
        long resent = 0;
        for (var entry : arrivals.entrySet()) {
            String id = entry.getKey();
            int n = entry.getValue();
            int asUnique = uniqueCount.getOrDefault(id, 0);
            boolean asCopy = copies.contains(id);
            int asResend = resends.getOrDefault(id, 0);
            if (asUnique + (asCopy ? 1 : 0) == 0 || asResend < n - 1) lost.add(id);
            if (asUnique > 1 || asUnique == 1 && asCopy || asResend > n - 1) twice.add(id + " (unique " + asUnique
                    + ", copy " + asCopy + ", re-sends " + asResend + " of " + (n - 1) + ")");
            unique += asUnique;
            copied += asCopy ? 1 : 0;
            resent += asResend;
        }
        long unknown = uniqueCount.keySet().stream().filter(id -> !arrivals.containsKey(id)).count();
        counts.put("articles published", (long) arrivals.values().stream().mapToInt(Integer::intValue).sum());
        counts.put("distinct article ids", (long) arrivals.size());
        counts.put("unique", unique);
        counts.put("copies", copied);
        counts.put("re-sends", resent);
        boolean holds = lost.isEmpty() && twice.isEmpty() && unknown == 0;
        return new Check("every article accounted for: unique, copy or re-send, once", holds,
                String.format("%d ids: %d unique, %d copies, %d re-sends; lost %d%s, twice %d%s, unknown unique ids %d",
                        arrivals.size(), unique, copied, resent, lost.size(), examples(lost), twice.size(), examples(twice), unknown));
    }

    /**
     * An earlier article's text under a new id: the two are one article, so never both unique (once, after a kill,
     * an exact copy became a second unique article). Which of them is the duplicate depends on which reached the
     * decision first: the copy may overtake its original on another partition.
     */
    private static Check exactCopiesAreDuplicates(List<ChaosPublisher.Sent> sent, Map<String, Integer> uniqueCount,
                                                  List<Duplicate> duplicates, Map<String, Long> counts) {
        List<String> bothUnique = new ArrayList<>();
        long total = 0;
        long copyFirst = 0;
        for (ChaosPublisher.Sent s : sent) {
            if (s.poison() != PoisonKind.EXACT_COPY) continue;
            total++;
            String original = s.id().substring(0, s.id().lastIndexOf(PoisonRecords.EXACT_COPY_MARK));
            boolean copyUnique = uniqueCount.containsKey(s.id());
            if (copyUnique && uniqueCount.containsKey(original)) bothUnique.add(s.id());
            else if (copyUnique) copyFirst++;
        }
        counts.put("exact copies", total);
        counts.put("exact copies decided before their original", copyFirst);
        return new Check("no exact copy (an earlier text under a new id) unique beside its original", bothUnique.isEmpty(),
                (total - bothUnique.size()) + "/" + total + " (" + copyFirst + " decided before the original)" + examples(bothUnique));
    }

    /** Each poison record: one dead letter at its origin with a reason, or refused by the broker when too large. */
    private static Check poisonDeadLettered(List<ChaosPublisher.Sent> sent, List<DeadLetter> letters, Map<String, Long> counts) {
        Map<String, List<DeadLetter>> byOrigin = new HashMap<>();
        for (DeadLetter letter : letters) {
            byOrigin.computeIfAbsent(letter.getTopic() + "-" + letter.getPartition() + "@" + letter.getOffset(),
                    key -> new ArrayList<>()).add(letter);
        }
        Map<PoisonKind, Long> found = new EnumMap<>(PoisonKind.class);
        List<String> missing = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        List<String> noReason = new ArrayList<>();
        List<String> articlesDeadLettered = new ArrayList<>();
        Map<PoisonKind, String> sampleReason = new EnumMap<>(PoisonKind.class);
        for (ChaosPublisher.Sent s : sent) {
            String origin = s.partition().topic() + "-" + s.partition().partition() + "@" + s.offset();
            List<DeadLetter> mine = byOrigin.getOrDefault(origin, List.of());
            if (s.poison() == null || s.poison().outcome() != PoisonKind.Outcome.DEAD_LETTER) {
                if (!mine.isEmpty()) articlesDeadLettered.add(s.id() + ": " + mine.getFirst().getReason());
                continue;
            }
            if (mine.isEmpty()) missing.add(s.poison() + " " + s.id() + " at " + origin);
            if (mine.size() > 1) twice.add(s.poison() + " at " + origin + ", " + mine.size() + " letters, stage " + mine.getFirst().getStage());
            for (DeadLetter letter : mine) {
                if (letter.getReason() == null || letter.getReason().isBlank()) noReason.add(origin);
                sampleReason.putIfAbsent(s.poison(), letter.getStage() + ": " + letter.getReason());
            }
            if (!mine.isEmpty()) found.merge(s.poison(), 1L, Long::sum);
        }
        long expected = sent.stream().filter(s -> s.poison() != null && s.poison().outcome() == PoisonKind.Outcome.DEAD_LETTER).count();
        long deadLettered = found.values().stream().mapToLong(Long::longValue).sum();
        counts.put("poison records acknowledged", sent.stream().filter(s -> s.poison() != null).count());
        counts.put("poison dead-lettered", deadLettered);
        counts.put("dead letters in all", (long) letters.size());
        found.forEach((kind, n) -> counts.put("dead letters: " + kind.name().toLowerCase(), n));
        sampleReason.forEach((kind, reason) -> System.out.printf("chaos: reason for %s: %s%n", kind,
                reason.length() > 160 ? reason.substring(0, 160) + "..." : reason));
        boolean holds = missing.isEmpty() && twice.isEmpty() && noReason.isEmpty() && articlesDeadLettered.isEmpty();
        return new Check("every poison record in dead-letters once, with a reason", holds,
                String.format("%d/%d; missing %d%s, twice %d%s, without reason %d, valid articles dead-lettered %d%s",
                        deadLettered, expected, missing.size(), examples(missing), twice.size(), examples(twice), noReason.size(),
                        articlesDeadLettered.size(), examples(articlesDeadLettered)));
    }

    private List<Check> facts(Map<String, FactState> latest, Set<String> uniqueIds, Set<String> duplicateOnly,
                              Map<String, Long> counts) {
        int maxClaims = FactConfig.defaults().maxClaims();
        FactPolicy policy = new FactPolicy(maxClaims);
        List<String> sourceTwice = new ArrayList<>();
        List<String> duplicateClaims = new ArrayList<>();
        List<String> wrongFigures = new ArrayList<>();
        long checked = 0;
        long truncated = 0;
        Map<String, Map<VictimGroup, FactFigures>> byEventOutcome = new HashMap<>();
        Map<String, FactFigures> computed = new HashMap<>();
        for (FactState fact : latest.values()) {
            Set<String> articles = new HashSet<>();
            fact.getClaims().forEach(claim -> articles.add(claim.getArticle()));
            for (String article : articles) {
                if (duplicateOnly.contains(article) || !uniqueIds.contains(article)) duplicateClaims.add(fact.getKey() + " <- " + article);
            }
            if (fact.getClaims().size() >= maxClaims) {
                truncated++;
                continue;
            }
            if (fact.getSources() != articles.size()) sourceTwice.add(fact.getKey() + " (" + fact.getSources() + " sources, "
                    + articles.size() + " articles)");
            if (fact.getGroup() != VictimGroup.all) {
                Optional<FactFigures> figures = policy.figures(fact.getClaims().stream().map(c -> claim(fact, c)).toList());
                figures.ifPresent(f -> byEventOutcome.computeIfAbsent(fact.getEvent() + "/" + fact.getOutcome(),
                        k -> new EnumMap<>(VictimGroup.class)).put(fact.getGroup(), f));
                figures.ifPresent(f -> computed.put(fact.getKey(), f));
                checked++;
                if (figures.isEmpty() || !sameFigures(figures.get(), fact)) wrongFigures.add(describe(fact, figures));
            }
        }
        for (FactState fact : latest.values()) {
            if (fact.getGroup() != VictimGroup.all || fact.getClaims().size() >= maxClaims) continue;
            Map<VictimGroup, FactFigures> groups = byEventOutcome.getOrDefault(fact.getEvent() + "/" + fact.getOutcome(), Map.of());
            Optional<FactFigures> total = FactTotals.total(groups, maxClaims);
            checked++;
            if (total.isEmpty() || !sameFigures(total.get(), fact)) wrongFigures.add(describe(fact, total));
        }
        counts.put("facts", (long) latest.size());
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("no fact counts a source twice or a duplicate's claim", sourceTwice.isEmpty() && duplicateClaims.isEmpty(),
                String.format("%d facts; sources counted twice %d%s; claims of duplicates or unknown articles %d%s",
                        latest.size(), sourceTwice.size(), examples(sourceTwice), duplicateClaims.size(), examples(duplicateClaims))));
        checks.add(new Check("every fact equals the figures its claims give", wrongFigures.isEmpty(),
                String.format("%d checked (%d with a full claim list of %d not checkable); differing %d%s", checked,
                        truncated, maxClaims, wrongFigures.size(), examples(wrongFigures))));
        return checks;
    }

    private static boolean sameFigures(FactFigures figures, FactState state) {
        return figures.low() == state.getLow() && figures.best() == state.getBest() && figures.high() == state.getHigh()
                && figures.qualifier() == state.getQualifier() && figures.sources() == state.getSources()
                && figures.origins().size() == state.getOrigins();
    }

    private static String describe(FactState fact, Optional<FactFigures> figures) {
        return fact.getKey() + " is " + fact.getLow() + "/" + fact.getBest() + "/" + fact.getHigh() + ", claims give "
                + figures.map(f -> f.low() + "/" + f.best() + "/" + f.high()).orElse("nothing");
    }

    private static Claim claim(FactState fact, FactClaim claim) {
        return Claim.newBuilder().setArticle(claim.getArticle()).setEvent(fact.getEvent()).setOutlet(claim.getOutlet())
                .setPublished(claim.getPublished()).setOutcome(fact.getOutcome()).setCount(claim.getCount())
                .setQualifier(claim.getQualifier()).setHigh(claim.getHigh()).setVague(claim.getVague())
                .setGroup(fact.getGroup()).setAttribution(claim.getAttribution()).setLocation(null).setBackground(false)
                .setText(claim.getText()).setStart(0).setEnd(0).build();
    }

    private static String examples(List<String> items) {
        return items.isEmpty() ? "" : " (e.g. " + String.join("; ", items.subList(0, Math.min(EXAMPLES, items.size()))) + ")";
    }

    private static <T> T first(Set<T> items) {
        return items.iterator().next();
    }
}
