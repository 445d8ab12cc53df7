package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.Duplicate;
import io.factwire.avro.Event;
import io.factwire.avro.FactClaim;
import io.factwire.avro.FactPoint;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import java.time.Instant;

/**
 * The JSON of the API: the same shapes as {@code demo --once} (field names fixed, enums as their lowercase Avro
 * symbols, timestamps ISO-8601), plus the fact update of the live feed. Strings are written as they are: escaping
 * for display is the page's job (it only ever sets {@code textContent}).
 */
public final class ServingJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ServingJson() {}

    /** {@code {"key","event","outcome","group","low","best","high","qualifier","sources","origins","claims","version","updated","history"}} */
    public static ObjectNode fact(FactState fact) {
        ObjectNode node = JSON.objectNode()
                .put("key", fact.getKey())
                .put("event", fact.getEvent())
                .put("outcome", fact.getOutcome().name())
                .put("group", fact.getGroup().name())
                .put("low", fact.getLow())
                .put("best", fact.getBest())
                .put("high", fact.getHigh())
                .put("qualifier", fact.getQualifier().name())
                .put("sources", fact.getSources())
                .put("origins", fact.getOrigins());
        ArrayNode claims = node.putArray("claims");
        fact.getClaims().forEach(claim -> claims.add(claim(claim)));
        node.put("version", fact.getVersion()).put("updated", iso(fact.getUpdated()));
        node.set("history", history(fact));
        return node;
    }

    /** {@code [{"at","low","best","high"}]}, oldest first. */
    public static ArrayNode history(FactState fact) {
        ArrayNode history = JSON.arrayNode();
        fact.getHistory().forEach(point -> history.add(point(point)));
        return history;
    }

    /** {@code {"key","before","after","cause","at"}}: {@code before} is null for a new fact. */
    public static ObjectNode update(FactUpdate update) {
        ObjectNode node = JSON.objectNode().put("key", update.getKey());
        node.set("before", update.getBefore() == null ? JSON.nullNode() : fact(update.getBefore()));
        node.set("after", fact(update.getAfter()));
        return node.put("cause", update.getCause()).put("at", iso(update.getAt()));
    }

    /** {@code {"id","label","articles":[ids],"firstSeen","lastSeen"}} */
    public static ObjectNode event(Event event) {
        ObjectNode node = JSON.objectNode().put("id", event.getId()).put("label", event.getLabel());
        ArrayNode articles = node.putArray("articles");
        event.getArticles().forEach(articles::add);
        return node.put("firstSeen", iso(event.getFirstSeen())).put("lastSeen", iso(event.getLastSeen()));
    }

    /** {@code {"article","original","kind","similarity"}} */
    public static ObjectNode duplicate(Duplicate duplicate) {
        return JSON.objectNode()
                .put("article", duplicate.getArticle())
                .put("original", duplicate.getOriginal())
                .put("kind", duplicate.getKind().name())
                .put("similarity", duplicate.getSimilarity());
    }

    static ObjectNode claim(FactClaim claim) {
        return JSON.objectNode()
                .put("article", claim.getArticle())
                .put("outlet", claim.getOutlet())
                .put("count", claim.getCount())
                .put("qualifier", claim.getQualifier().name())
                .put("attribution", claim.getAttribution())
                .put("text", claim.getText())
                .put("published", iso(claim.getPublished()));
    }

    static ObjectNode point(FactPoint point) {
        return JSON.objectNode()
                .put("at", iso(point.getAt()))
                .put("low", point.getLow())
                .put("best", point.getBest())
                .put("high", point.getHigh());
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
