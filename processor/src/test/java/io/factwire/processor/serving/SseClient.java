package io.factwire.processor.serving;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal Server-Sent Events reader for the tests: events and comments, in arrival order, with arrival times. */
final class SseClient implements AutoCloseable {

    /** One dispatched event, or a comment ({@code name} "comment", the text in {@code data}). */
    record Message(String name, String id, String data, long receivedNanos) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final InputStream body;
    final HttpResponse<InputStream> response;

    SseClient(URI uri, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) request.header("Last-Event-ID", lastEventId);
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        body = response.body();
        Thread.ofVirtual().name("sse-test-reader").start(this::read);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) messages.add(new Message(name, id, data.toString(), System.nanoTime()));
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    messages.add(new Message("comment", null, line.substring(1).trim(), System.nanoTime()));
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    /** The next message named {@code name} (others are skipped), or null after {@code timeout}. */
    Message next(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null || message.name().equals(name)) return message;
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
        http.close();
    }
}
