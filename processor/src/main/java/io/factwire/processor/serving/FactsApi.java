package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.avro.FactState;
import io.factwire.avro.Outcome;
import io.factwire.avro.VictimGroup;
import io.factwire.processor.snapshot.SnapshotJson;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code /api/facts[?asOf=]}, {@code /api/facts/{key}}, {@code .../history} and {@code .../timeline} over every instance: a key is
 * answered by the instance that owns its event (forwarded there when that is another one); the list merges every
 * instance's local part, or asks only the owner when filtered by event.
 */
final class FactsApi {

    static final String PATH = "/api/facts";
    private static final Set<String> LIST_PARAMETERS = Set.of("event", "outcome", "group", "asOf");

    private final LocalFactStore local;
    private final InstanceDirectory directory;
    private final PeerClient peers;

    FactsApi(LocalFactStore local, InstanceDirectory directory, PeerClient peers) {
        this.local = local;
        this.directory = directory;
        this.peers = peers;
    }

    /**
     * {@code GET /api/facts[?event=&outcome=&group=&asOf=]} → {@code {"facts": [...]}} sorted by key; with
     * {@code asOf}, the table as it stood at that publication time ({@link AsOf}).
     */
    Response list(Request request) {
        request.allowOnly(LIST_PARAMETERS);
        Optional<Outcome> outcome = request.param("outcome").map(FactKeyPath::outcome);
        Optional<VictimGroup> group = request.param("group").map(FactKeyPath::group);
        Optional<String> event = request.param("event");
        Optional<AsOf> asOf = request.param("asOf").map(AsOf::parse);
        ArrayNode facts = Response.object().arrayNode();
        for (JsonNode fact : event.isPresent() ? ofEvent(event.get(), request) : everywhere(request)) {
            if (outcome.isPresent() && !outcome.get().name().equals(fact.path("outcome").asText())) continue;
            if (group.isPresent() && !group.get().name().equals(fact.path("group").asText())) continue;
            if (asOf.isEmpty()) facts.add(fact);
            else asOf.get().of(fact).ifPresent(facts::add);
        }
        ObjectNode body = Response.object();
        body.set("facts", facts);
        return Response.ok(body);
    }

    /**
     * {@code GET /api/facts/{key}} → the fact; {@code .../history} → {@code {"key","version","updated","history"}};
     * {@code .../timeline} → {@code {"key","version","updated","timeline"}}.
     */
    Response one(Request request) {
        request.allowOnly(Set.of());
        FactKeyPath path = FactKeyPath.parse(request.rawPath().substring(PATH.length() + 1));
        KeyQueryMetadata owner = directory.ownerOfEvent(path.event());
        if (!directory.isSelf(owner.activeHost())) return forward(owner.activeHost(), request, "fact " + path.key());
        FactState fact = local.get(path.key(), owner.partition())
                .orElseThrow(() -> ApiException.notFound("no fact with key '" + path.key() + "'"));
        if (path.view() == FactKeyPath.View.FACT) return Response.ok(SnapshotJson.fact(fact));
        ObjectNode body = Response.object().put("key", fact.getKey()).put("version", fact.getVersion())
                .put("updated", ServingJson.iso(fact.getUpdated()));
        if (path.history()) body.set("history", ServingJson.history(fact));
        else body.set("timeline", SnapshotJson.timeline(fact.getTimeline()));
        return Response.ok(body);
    }

    /** The facts of one event as JSON, from whichever instance owns it. */
    List<JsonNode> ofEvent(String event, Request request) {
        KeyQueryMetadata owner = directory.ownerOfEvent(event);
        if (directory.isSelf(owner.activeHost())) return render(local.ofEvent(event, owner.partition()));
        if (request.isForwarded()) throw movedAway("facts of event " + event, owner.activeHost(), request);
        String query = PATH + "?event=" + URLEncoder.encode(event, StandardCharsets.UTF_8);
        return facts(peers.get(owner.activeHost(), query), owner.activeHost());
    }

    /** This instance's facts, and unless the request was forwarded here, every other instance's. */
    private List<JsonNode> everywhere(Request request) {
        List<JsonNode> facts = new ArrayList<>(render(local.all()));
        if (!request.isForwarded()) {
            List<HostInfo> others = directory.others();
            try (ExecutorService fanOut = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Response>> answers = others.stream()
                        .map(peer -> fanOut.submit(() -> peers.get(peer, PATH)))
                        .toList();
                for (int i = 0; i < others.size(); i++) facts.addAll(facts(await(answers.get(i)), others.get(i)));
            }
        }
        // Sorted and one per key: should an instance advertise an address other than its application.server, it
        // would be asked as a peer too and answer the same facts twice.
        Map<String, JsonNode> byKey = new TreeMap<>();
        facts.forEach(fact -> byKey.putIfAbsent(fact.path("key").asText(), fact));
        return new ArrayList<>(byKey.values());
    }

    private Response forward(HostInfo owner, Request request, String what) {
        if (request.isForwarded()) throw movedAway(what, owner, request);
        return peers.get(owner, request.pathAndQuery());
    }

    /** The instance that forwarded the request thinks this one owns the data; this one disagrees: it is moving. */
    private static ApiException movedAway(String what, HostInfo owner, Request request) {
        return ApiException.unavailable(what + " is owned by " + InstanceDirectory.address(owner)
                + ", not by this instance (forwarded by " + request.forwardedBy() + "): a rebalance is moving it; retry shortly");
    }

    /** The facts array of a peer's list answer; a peer's error (its store restoring, say) fails the whole list. */
    private static List<JsonNode> facts(Response answer, HostInfo peer) {
        JsonNode body;
        try {
            body = Response.MAPPER.readTree(answer.body());
        } catch (IOException e) {
            throw ApiException.unavailable("instance " + InstanceDirectory.address(peer) + " answered something that is not JSON", e);
        }
        if (answer.status() != 200) {
            throw new ApiException(answer.status() == 404 ? 503 : answer.status(), body.path("error").asText("unavailable"),
                    "instance " + InstanceDirectory.address(peer) + ": " + body.path("reason").asText("status " + answer.status()));
        }
        List<JsonNode> facts = new ArrayList<>();
        body.path("facts").forEach(facts::add);
        return facts;
    }

    private static List<JsonNode> render(List<FactState> facts) {
        return facts.stream().<JsonNode>map(SnapshotJson::fact).toList();
    }

    private static Response await(Future<Response> answer) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException failure) throw failure;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while asking the other instances", e);
        }
    }
}
