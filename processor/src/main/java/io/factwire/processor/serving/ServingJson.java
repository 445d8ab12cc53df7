package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.processor.snapshot.SnapshotJson;
import java.time.Instant;

/**
 * The JSON of the API beyond what {@code demo --once} prints: facts, events and duplicates are
 * {@link SnapshotJson}'s shapes, unchanged; this adds the live feed's fact update and a fact's history alone.
 * Strings are written as they are: escaping for display is the page's job (it only ever sets textContent).
 */
public final class ServingJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ServingJson() {}

    /** {@code {"key","before","after","cause","at"}}: {@code before} is null for a new fact. */
    public static ObjectNode update(FactUpdate update) {
        ObjectNode node = JSON.objectNode().put("key", update.getKey());
        node.set("before", update.getBefore() == null ? JSON.nullNode() : SnapshotJson.fact(update.getBefore()));
        node.set("after", SnapshotJson.fact(update.getAfter()));
        return node.put("cause", update.getCause()).put("at", iso(update.getAt()));
    }

    /** {@code [{"at","low","best","high"}]}, oldest first: the fact's own {@code history}. */
    public static ArrayNode history(FactState fact) {
        return (ArrayNode) SnapshotJson.fact(fact).get("history");
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
