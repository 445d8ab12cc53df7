package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import io.factwire.avro.Event;
import io.factwire.processor.snapshot.SnapshotJson;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/events}, {@code /api/events/{id}} and {@code /api/duplicates}: events and duplicates from the
 * {@link CommittedTopicsCache} (complete on every instance), an event's facts from the instance that owns them.
 */
final class EventsApi {

    static final String EVENTS = "/api/events";
    static final String DUPLICATES = "/api/duplicates";

    private final CommittedTopicsCache cache;
    private final FactsApi facts;

    EventsApi(CommittedTopicsCache cache, FactsApi facts) {
        this.cache = cache;
        this.facts = facts;
    }

    /** {@code {"events": [...]}}, the most recently active first. */
    Response list(Request request) {
        request.allowOnly(Set.of());
        ArrayNode events = Response.object().arrayNode();
        cache.events().stream()
                .sorted(Comparator.comparing(Event::getLastSeen).reversed().thenComparing(Event::getId))
                .forEach(event -> events.add(SnapshotJson.event(event)));
        ObjectNode body = Response.object();
        body.set("events", events);
        return Response.ok(body);
    }

    /** {@code {"event": {...}, "facts": [...], "articles": [...], "duplicates": [...]}}. */
    Response one(Request request) {
        request.allowOnly(Set.of());
        String id = Request.decode(request.rawPath().substring(EVENTS.length() + 1), "path");
        Event event = cache.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
        ObjectNode body = Response.object();
        body.set("event", SnapshotJson.event(event));
        body.putArray("facts").addAll(facts.ofEvent(id, request));
        ArrayNode articles = body.putArray("articles");
        for (String article : event.getArticles()) {
            articles.add(cache.article(article).map(ArticleSummary::toJson)
                    .orElseGet(() -> Response.object().put("id", article)));
        }
        Set<String> ids = new HashSet<>(event.getArticles());
        ArrayNode duplicates = body.putArray("duplicates");
        cache.duplicates().stream()
                .filter(duplicate -> ids.contains(duplicate.getOriginal()))
                .sorted(Comparator.comparing(Duplicate::getArticle))
                .forEach(duplicate -> duplicates.add(SnapshotJson.duplicate(duplicate)));
        return Response.ok(body);
    }

    /** {@code {"duplicates": [...]}} sorted by article id; filters {@code kind} (exact, near) and {@code original}. */
    Response duplicates(Request request) {
        request.allowOnly(Set.of("kind", "original"));
        Optional<DuplicateKind> kind = request.param("kind").map(EventsApi::kind);
        Optional<String> original = request.param("original");
        ArrayNode duplicates = Response.object().arrayNode();
        cache.duplicates().stream()
                .filter(duplicate -> kind.isEmpty() || duplicate.getKind() == kind.get())
                .filter(duplicate -> original.isEmpty() || original.get().equals(duplicate.getOriginal()))
                .sorted(Comparator.comparing(Duplicate::getArticle))
                .forEach(duplicate -> duplicates.add(SnapshotJson.duplicate(duplicate)));
        ObjectNode body = Response.object();
        body.set("duplicates", duplicates);
        return Response.ok(body);
    }

    private static DuplicateKind kind(String symbol) {
        try {
            return DuplicateKind.valueOf(symbol);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown duplicate kind '" + symbol + "' (one of "
                    + Arrays.toString(DuplicateKind.values()) + ")");
        }
    }
}
