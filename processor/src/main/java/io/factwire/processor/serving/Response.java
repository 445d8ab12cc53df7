package io.factwire.processor.serving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A complete response: status, content type and body bytes (the body is left out for HEAD). */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON_TYPE = "application/json; charset=utf-8";
    static final ObjectMapper MAPPER = new ObjectMapper();

    public Response {
        headers = Map.copyOf(headers);
    }

    public static Response json(int status, JsonNode body) {
        try {
            return new Response(status, JSON_TYPE, MAPPER.writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON response", e);
        }
    }

    public static Response ok(JsonNode body) {
        return json(200, body);
    }

    public static Response text(int status, String contentType, String body) {
        return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** {@code {"status": 503, "error": "unavailable", "reason": "..."}}; a 503 also says when to retry. */
    public static Response error(ApiException failure) {
        ObjectNode body = MAPPER.createObjectNode()
                .put("status", failure.status())
                .put("error", failure.error())
                .put("reason", failure.getMessage());
        Response response = json(failure.status(), body);
        return failure.status() == 503 ? response.withHeader("Retry-After", "1") : response;
    }

    public Response withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, body, more);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
