package io.factwire.processor.snapshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.CompetingFigure;
import io.factwire.avro.Duplicate;
import io.factwire.avro.Event;
import io.factwire.avro.FactClaim;
import io.factwire.avro.FactPoint;
import io.factwire.avro.FactState;
import io.factwire.avro.TimelinePoint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The JSON shape of the {@code --once} output, which other tools read: field names are fixed, enums are their
 * lowercase Avro symbols, timestamps ISO-8601 strings.
 */
public final class SnapshotJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SnapshotJson() {}

    public static ObjectNode snapshot(Collection<FactState> facts, Collection<Event> events, Collection<Duplicate> duplicates) {
        ObjectNode root = JSON.objectNode();
        ArrayNode factNodes = root.putArray("facts");
        facts.forEach(fact -> factNodes.add(fact(fact)));
        ArrayNode eventNodes = root.putArray("events");
        events.forEach(event -> eventNodes.add(event(event)));
        ArrayNode duplicateNodes = root.putArray("duplicates");
        duplicates.forEach(duplicate -> duplicateNodes.add(duplicate(duplicate)));
        return root;
    }

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
        ArrayNode history = node.putArray("history");
        fact.getHistory().forEach(point -> history.add(point(point)));
        node.set("timeline", timeline(fact.getTimeline()));
        node.put("contested", fact.getContested());
        ArrayNode competing = node.putArray("competing");
        fact.getCompeting().forEach(figure -> competing.add(competing(figure)));
        return node;
    }

    /** {@code [{"at","low","best","high","sources"}]}, oldest first: the figures by publication time. */
    public static ArrayNode timeline(List<TimelinePoint> points) {
        ArrayNode timeline = JSON.arrayNode();
        points.forEach(point -> timeline.add(JSON.objectNode()
                .put("at", iso(point.getAt()))
                .put("low", point.getLow())
                .put("best", point.getBest())
                .put("high", point.getHigh())
                .put("sources", point.getSources())));
        return timeline;
    }

    static ObjectNode competing(CompetingFigure figure) {
        ObjectNode node = JSON.objectNode().put("count", figure.getCount()).put("qualifier", figure.getQualifier().name());
        ArrayNode origins = node.putArray("origins");
        figure.getOrigins().forEach(origins::add);
        ArrayNode articles = node.putArray("articles");
        figure.getArticles().forEach(articles::add);
        return node;
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

    public static ObjectNode event(Event event) {
        ObjectNode node = JSON.objectNode().put("id", event.getId()).put("label", event.getLabel());
        ArrayNode articles = node.putArray("articles");
        event.getArticles().forEach(articles::add);
        return node.put("firstSeen", iso(event.getFirstSeen())).put("lastSeen", iso(event.getLastSeen()));
    }

    public static ObjectNode duplicate(Duplicate duplicate) {
        return JSON.objectNode()
                .put("article", duplicate.getArticle())
                .put("original", duplicate.getOriginal())
                .put("kind", duplicate.getKind().name())
                .put("similarity", duplicate.getSimilarity());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
