package io.factwire.processor.serving;

import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import io.factwire.avro.Event;
import io.factwire.avro.FactClaim;
import io.factwire.avro.FactPoint;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.TimelinePoint;
import io.factwire.avro.VictimGroup;
import io.factwire.schemas.serde.GeneratedClassTrust;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Invented records for the serving tests (no text from ../shared). */
final class ServingSamples {

    static final Instant T0 = Instant.parse("2024-03-05T08:00:00Z");
    /** A sentence an attacker might try: the page must show it as text, never run it. */
    static final String SCRIPT_SENTENCE = "<script>window.__factwirePwned = true</script> Police said <b>4</b> people died.";

    static {
        // Copying a record (newBuilder(other)) resolves its enum classes: Avro must trust the generated package.
        GeneratedClassTrust.ensureInstalled();
    }

    private ServingSamples() {}

    static String key(String event, Outcome outcome, VictimGroup group) {
        return event + "/" + outcome.name() + "/" + group.name();
    }

    static FactClaim claim(String article, long count, String text, Instant published) {
        return FactClaim.newBuilder()
                .setArticle(article)
                .setOutlet("Harbour Gazette")
                .setCount(count)
                .setQualifier(Qualifier.at_least)
                .setAttribution("the regional police")
                .setText(text)
                .setPublished(published)
                .build();
    }

    /** A fact whose history climbs to {@code figures} (each one a version), with one claim per figure. */
    static FactState fact(String event, Outcome outcome, VictimGroup group, long... figures) {
        List<FactClaim> claims = new ArrayList<>();
        List<FactPoint> history = new ArrayList<>();
        List<TimelinePoint> timeline = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            Instant at = T0.plusSeconds(600L * i);
            claims.add(claim(event + "-article-" + i, figures[i], "At least " + figures[i] + " people were " + outcome
                    + ", the regional police said.", at));
            history.add(FactPoint.newBuilder().setAt(at).setLow(figures[0]).setBest(figures[i]).setHigh(figures[i]).build());
            timeline.add(new TimelinePoint(at, figures[0], figures[i], figures[i], i + 1));
        }
        long best = figures[figures.length - 1];
        return FactState.newBuilder()
                .setKey(key(event, outcome, group))
                .setEvent(event)
                .setOutcome(outcome)
                .setGroup(group)
                .setLow(figures[0])
                .setBest(best)
                .setHigh(best)
                .setQualifier(Qualifier.at_least)
                .setSources(figures.length)
                .setOrigins(Math.max(1, figures.length - 1))
                .setClaims(claims)
                .setVersion(figures.length)
                .setUpdated(T0.plusSeconds(600L * (figures.length - 1)))
                .setHistory(history)
                .setTimeline(timeline)
                .setContested(false)
                .setCompeting(List.of())
                .build();
    }

    static FactState withClaimText(FactState fact, String text) {
        List<FactClaim> claims = new ArrayList<>(fact.getClaims());
        FactClaim last = claims.removeLast();
        claims.add(FactClaim.newBuilder(last).setText(text).build());
        return FactState.newBuilder(fact).setClaims(claims).build();
    }

    static FactUpdate update(FactState before, FactState after, String cause) {
        return FactUpdate.newBuilder()
                .setKey(after.getKey())
                .setBefore(before)
                .setAfter(after)
                .setCause(cause)
                .setAt(Instant.now())
                .build();
    }

    static Event event(String id, String label, String... articles) {
        return Event.newBuilder()
                .setId(id)
                .setLabel(label)
                .setArticles(List.of(articles))
                .setFirstSeen(T0)
                .setLastSeen(T0.plusSeconds(3600))
                .build();
    }

    static Duplicate duplicate(String article, String original) {
        return Duplicate.newBuilder()
                .setArticle(article)
                .setOriginal(original)
                .setKind(DuplicateKind.near)
                .setSimilarity(0.93)
                .setAt(T0.plusSeconds(60))
                .build();
    }

    static Article article(String id, String event, String title, String body) {
        return Article.newBuilder()
                .setId(id)
                .setOutlet("Harbour Gazette")
                .setTitle(title)
                .setBody(body)
                .setPublished(T0)
                .setIngested(Instant.now())
                .setEvent(event)
                .setExtra(Map.of())
                .build();
    }
}
