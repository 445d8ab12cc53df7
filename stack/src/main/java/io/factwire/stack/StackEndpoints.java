package io.factwire.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where clients find the stack.
 *
 * @param bootstrapServers Kafka bootstrap servers, {@code host:port[,host:port...]}
 * @param registryUrl      the Confluent-compatible registry base URL: {@code http://127.0.0.1:PORT/apis/ccompat/v7}
 *                         (Apicurio, local stack), {@code http://HOST:PORT} (Confluent's, Testcontainers stack)
 * @param web              the app's web UI URL, or {@code null} when no UI runs (the stack itself has none)
 */
public record StackEndpoints(String bootstrapServers, String registryUrl, String web) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StackEndpoints {
        requireText("bootstrapServers", bootstrapServers);
        requireText("registryUrl", registryUrl);
    }

    public StackEndpoints(String bootstrapServers, String registryUrl) {
        this(bootstrapServers, registryUrl, null);
    }

    public StackEndpoints withWeb(String webUrl) {
        return new StackEndpoints(bootstrapServers, registryUrl, webUrl);
    }

    /** {@code {"bootstrap": ..., "registry": ..., "web": ...}}, {@code web} left out when null. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode()
                .put("bootstrap", bootstrapServers)
                .put("registry", registryUrl);
        if (web != null) {
            node.put("web", web);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file written from {@link #toJson()}; a missing field is an error naming the file. */
    public static StackEndpoints fromJson(Path file) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read stack endpoints from " + file + ": " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IOException(file + ": expected a JSON object with \"bootstrap\" and \"registry\"");
        }
        JsonNode web = node.get("web");
        return new StackEndpoints(requiredField(file, node, "bootstrap"), requiredField(file, node, "registry"),
                web == null || web.isNull() ? null : web.asText());
    }

    private static String requiredField(Path file, JsonNode node, String name) throws IOException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException(file + ": field \"" + name + "\" is missing or not a non-empty string");
        }
        return value.asText();
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-empty string");
        }
    }

    /** Writes {@link #toJson()} to {@code file} atomically (write, then rename), creating its directory. */
    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // A reader polling for the file never sees half of it.
        Path partial = Files.createTempFile(parent, ".endpoints", ".json");
        Files.writeString(partial, toJson());
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
