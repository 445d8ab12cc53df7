package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code GET /api/facts?asOf=}: a fact as it stood at a publication time, read from its timeline. The figures
 * and sources are those of the last timeline point at or before that time; the claims, the timeline and the
 * history are cut there; a fact with no point by then did not exist yet and is left out. The other fields
 * (qualifier, origins, contested, competing, version, updated) are the fact's current ones.
 */
record AsOf(Instant at) {

    /** ISO-8601 with an offset: {@code 2024-03-05T12:00:00Z} or {@code 2024-03-05T14:00:00+02:00}. */
    static AsOf parse(String text) {
        try {
            return new AsOf(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("asOf '" + text + "' is not an ISO-8601 time with an offset, e.g. 2024-03-05T12:00:00Z");
        }
    }

    /** The fact as it stood then, or empty when it had no figures yet. */
    Optional<JsonNode> of(JsonNode fact) {
        JsonNode point = null;
        for (JsonNode candidate : fact.path("timeline")) {
            if (!byThen(candidate.path("at"))) break;
            point = candidate;
        }
        if (point == null) return Optional.empty();
        ObjectNode then = fact.deepCopy();
        then.put("low", point.path("low").asLong()).put("best", point.path("best").asLong())
                .put("high", point.path("high").asLong()).put("sources", point.path("sources").asInt())
                .put("asOf", at.toString());
        then.set("claims", cut(fact.path("claims"), "published"));
        then.set("timeline", cut(fact.path("timeline"), "at"));
        then.set("history", cut(fact.path("history"), "at"));
        return Optional.of(then);
    }

    private ArrayNode cut(JsonNode entries, String timeField) {
        ArrayNode kept = Response.object().arrayNode();
        entries.forEach(entry -> {
            if (byThen(entry.path(timeField))) kept.add(entry);
        });
        return kept;
    }

    private boolean byThen(JsonNode time) {
        return time.isTextual() && !Instant.parse(time.asText()).isAfter(at);
    }
}
