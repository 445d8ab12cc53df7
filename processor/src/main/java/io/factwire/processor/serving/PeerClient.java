package io.factwire.processor.serving;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.state.HostInfo;

/** Asks another instance the same question, marked as forwarded so that it answers from its own stores only. */
final class PeerClient implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .executor(executor)
            .build();
    private final String self;

    PeerClient(HostInfo self) {
        this.self = InstanceDirectory.address(self);
    }

    /** The peer's answer (status and JSON body) to {@code pathAndQuery}; a peer that does not answer is a 503. */
    Response get(HostInfo peer, String pathAndQuery) {
        String address = InstanceDirectory.address(peer);
        URI uri;
        try {
            uri = URI.create("http://" + address + pathAndQuery);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cannot pass on the path " + pathAndQuery + ": " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header(Request.FORWARDED_HEADER, self)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = answer.headers().firstValue("Content-Type").orElse(Response.JSON_TYPE);
            return new Response(answer.statusCode(), type, answer.body(), Map.of());
        } catch (IOException e) {
            throw ApiException.unavailable("instance " + address + " did not answer " + pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while asking instance " + address, e);
        }
    }

    @Override
    public void close() {
        http.close();
        executor.close();
    }
}
