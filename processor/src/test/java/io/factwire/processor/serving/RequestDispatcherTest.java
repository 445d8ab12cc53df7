package io.factwire.processor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dispatcher on a real loopback JDK server, with stub endpoints: no Kafka. */
class RequestDispatcherTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void startServer() throws Exception {
        RequestDispatcher dispatcher = new RequestDispatcher()
                .exact("/api/things", request -> Response.ok(Response.object().put("things", 1)))
                .prefix("/api/things/", request -> {
                    request.allowOnly(java.util.Set.of());
                    return Response.ok(Response.object().put("path", request.rawPath()));
                })
                .exact("/boom", request -> {
                    throw new IllegalStateException("stub failure");
                })
                .exact("/busy", request -> {
                    throw ApiException.unavailable("restoring");
                });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", dispatcher);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anythingButGetAndHeadIsMethodNotAllowed() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = send(method, "/api/things");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
            assertThat(json(response).get("reason").asText()).contains("read-only");
        }
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> response = send("HEAD", "/api/things");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Response.JSON_TYPE);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void unknownPathsAre404WithJson() throws Exception {
        HttpResponse<String> response = send("GET", "/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).isEqualTo("not-found");
        assertThat(json(response).get("reason").asText()).contains("/api/nothing-here");
        assertThat(send("GET", "/api/things/").statusCode()).as("a prefix alone is no resource").isEqualTo(404);
    }

    @Test
    void badParametersAre400AndFailuresAre500AndUnavailableIs503WithRetryAfter() throws Exception {
        HttpResponse<String> bad = send("GET", "/api/things/x?colour=red");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("reason").asText()).contains("unknown parameter 'colour'");

        assertThat(send("GET", "/boom").statusCode()).isEqualTo(500);

        HttpResponse<String> busy = send("GET", "/busy");
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(busy).get("reason").asText()).isEqualTo("restoring");
    }

    @Test
    void prefixRoutesSeeTheRawPath() throws Exception {
        HttpResponse<String> response = send("GET", "/api/things/a%2Fb/c");

        assertThat(json(response).get("path").asText()).isEqualTo("/api/things/a%2Fb/c");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return http.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Response.MAPPER.readTree(response.body());
    }
}
