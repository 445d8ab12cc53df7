package io.factwire.processor.serving;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of the server: every path goes through here, so that unknown paths, other methods and failures
 * all answer JSON (the JDK server's own 404 is an HTML page). Read-only: GET and HEAD, anything else is 405.
 */
final class RequestDispatcher implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    private record PrefixRoute(String prefix, Endpoint endpoint) {}

    private final Map<String, Endpoint> exact = new LinkedHashMap<>();
    private final List<PrefixRoute> prefixes = new ArrayList<>();
    private final Map<String, StreamingEndpoint> streams = new LinkedHashMap<>();

    RequestDispatcher exact(String path, Endpoint endpoint) {
        exact.put(path, endpoint);
        return this;
    }

    /** Paths that start with {@code prefix} (which ends with '/'), longest prefix first in registration order. */
    RequestDispatcher prefix(String prefix, Endpoint endpoint) {
        prefixes.add(new PrefixRoute(prefix, endpoint));
        return this;
    }

    RequestDispatcher stream(String path, StreamingEndpoint endpoint) {
        streams.put(path, endpoint);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            Response response;
            try {
                if (!"GET".equals(method) && !"HEAD".equals(method)) {
                    response = Response.error(new ApiException(405, "method-not-allowed",
                            method + " is not allowed: this API is read-only (GET, HEAD)")).withHeader("Allow", "GET, HEAD");
                } else {
                    Request request = Request.of(method, rawPath, exchange.getRequestURI().getRawQuery(),
                            exchange.getRequestHeaders());
                    StreamingEndpoint streaming = streams.get(rawPath);
                    if (streaming != null) {
                        streaming.stream(request, exchange);
                        return;
                    }
                    response = route(rawPath).handle(request);
                }
            } catch (ApiException failure) {
                response = Response.error(failure);
            } catch (RuntimeException failure) {
                LOG.error("{} {} failed", method, rawPath, failure);
                response = Response.error(new ApiException(500, "internal", failure.toString()));
            }
            send(exchange, response, "HEAD".equals(method));
        }
    }

    private Endpoint route(String rawPath) {
        Endpoint endpoint = exact.get(rawPath);
        if (endpoint != null) return endpoint;
        for (PrefixRoute route : prefixes) {
            if (rawPath.startsWith(route.prefix()) && rawPath.length() > route.prefix().length()) return route.endpoint();
        }
        return request -> {
            throw ApiException.notFound("no such path: " + rawPath);
        };
    }

    static void send(HttpExchange exchange, Response response, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.putIfAbsent("Cache-Control", List.of("no-store"));
        response.headers().forEach(headers::set);
        if (head) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
