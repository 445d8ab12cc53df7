package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs for the tests: status, headers and the body as JSON (or text). */
final class HttpJson {

    record Answer(int status, JsonNode json, String text, HttpResponse<String> raw) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpJson() {}

    static Answer get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json") && !response.body().isEmpty()) {
            json = Response.MAPPER.readTree(response.body());
        }
        return new Answer(response.statusCode(), json, response.body(), response);
    }
}
