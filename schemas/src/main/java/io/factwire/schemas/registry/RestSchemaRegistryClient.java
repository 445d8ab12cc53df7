package io.factwire.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A client of the Confluent schema registry REST API (also served by Apicurio Registry under
 * {@code /apis/ccompat/v7}), on {@link java.net.http.HttpClient}.
 *
 * <p>Schema ids are immutable, so id to schema and (subject, schema) to id answers are cached for the client's
 * life; "latest" and config answers change and are always fetched. With several base URLs, a URL that gives no
 * HTTP answer is skipped for the next one; an HTTP error answer is final.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Confluent error codes, for telling a missing subject from a missing version or schema within one 404. */
    private static final int SUBJECT_NOT_FOUND = 40401;
    private static final int VERSION_NOT_FOUND = 40402;

    private final List<String> baseUrls;
    private final Optional<String> authorization;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> idsBySubject = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(String baseUrl) {
        this(List.of(baseUrl), null, DEFAULT_TIMEOUT);
    }

    /**
     * @param baseUrls registry base URLs, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}
     * @param basicAuthUserInfo {@code user:password} for HTTP Basic auth, or null for none
     * @param timeout connect and per-request timeout
     */
    public RestSchemaRegistryClient(List<String> baseUrls, String basicAuthUserInfo, Duration timeout) {
        if (baseUrls.isEmpty()) throw new IllegalArgumentException("no schema registry URL given");
        this.baseUrls = baseUrls.stream().map(RestSchemaRegistryClient::withoutTrailingSlash).toList();
        this.authorization = Optional.ofNullable(basicAuthUserInfo)
                .map(userInfo -> "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public int register(String subject, Schema schema) {
        Map<String, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        String text = schema.toString();
        Integer cached = ids.get(text);
        if (cached != null) return cached;
        JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema), error -> switch (error.status()) {
            case 409 -> new IncompatibleSchemaException(subject, error.message());
            case 422 -> error.toException("the registry rejected the schema for subject " + subject + " as invalid");
            default -> error.toException("could not register a schema under subject " + subject);
        });
        int id = answer.path("id").asInt();
        ids.put(text, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) return cached;
        JsonNode answer = send("GET", "/schemas/ids/" + id, null, error -> error.status() == 404
                ? new SchemaNotFoundException("schema id " + id + " not found in registry " + error.registry())
                : error.toException("could not fetch schema id " + id));
        Schema schema = parse(answer, "schema id " + id);
        schemasById.putIfAbsent(id, schema);
        return schema;
    }

    @Override
    public RegisteredSchema getLatest(String subject) {
        return getVersion(subject, "latest");
    }

    @Override
    public RegisteredSchema getVersion(String subject, int version) {
        return getVersion(subject, Integer.toString(version));
    }

    private RegisteredSchema getVersion(String subject, String version) {
        JsonNode answer = send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null,
                error -> error.status() == 404
                        ? new SchemaNotFoundException(notFound(error, subject, "version " + version + " of subject "))
                        : error.toException("could not fetch version " + version + " of subject " + subject));
        return registered(subject, answer);
    }

    @Override
    public Optional<RegisteredSchema> lookup(String subject, Schema schema) {
        JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema),
                error -> error.status() == 404 ? null : error.toException("could not look up a schema in subject " + subject));
        if (answer == null) return Optional.empty();
        RegisteredSchema found = registered(subject, answer);
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema.toString(), found.id());
        return Optional.of(found);
    }

    @Override
    public CompatibilityReport testCompatibility(String subject, Schema schema) {
        JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema), error -> error.status() == 404 && error.code() != VERSION_NOT_FOUND
                        ? null // a subject with no versions yet accepts any schema
                        : error.toException("could not test compatibility with subject " + subject));
        if (answer == null) return CompatibilityReport.ok();
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(message -> messages.add(message.asText()));
        return new CompatibilityReport(answer.path("is_compatible").asBoolean(false), messages);
    }

    @Override
    public CompatibilityLevel getConfig(String subject) {
        JsonNode answer = send("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null,
                error -> error.toException("could not read the compatibility level of subject " + subject));
        return level(answer, subject);
    }

    @Override
    public CompatibilityLevel updateConfig(String subject, CompatibilityLevel level) {
        JsonNode answer = send("PUT", "/config/" + encode(subject), Map.of("compatibility", level.name()),
                error -> error.toException("could not set the compatibility level of subject " + subject + " to " + level));
        return level(answer, subject);
    }

    @Override
    public String location() {
        return String.join(",", baseUrls);
    }

    @Override
    public void close() {
        http.close();
    }

    /** What the registry answered with instead of 2xx; turns itself into an exception naming the call. */
    private record ErrorAnswer(String registry, String method, String path, int status, int code, String message) {
        SchemaRegistryException toException(String what) {
            return new SchemaRegistryException(what + ": registry " + registry + " answered HTTP " + status
                    + (code > 0 ? " (error " + code + ")" : "") + " to " + method + " " + path + ": " + message,
                    status, null);
        }
    }

    private interface ErrorTranslator {
        /** The exception to throw, or null when the error answer means "nothing there" to the caller. */
        SchemaRegistryException translate(ErrorAnswer error);
    }

    /** The parsed 2xx answer, or null when {@code onError} accepted an error answer as an empty result. */
    private JsonNode send(String method, String path, Object body, ErrorTranslator onError) {
        IOException lastFailure = null;
        for (String baseUrl : baseUrls) {
            HttpResponse<String> response;
            try {
                response = http.send(request(baseUrl, method, path, body), HttpResponse.BodyHandlers.ofString());
            } catch (IOException unreachable) {
                lastFailure = unreachable;
                continue;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("interrupted while calling schema registry at " + baseUrl, 0, interrupted);
            }
            if (response.statusCode() / 100 == 2) return readJson(baseUrl, path, response.body());
            SchemaRegistryException failure = onError.translate(errorAnswer(baseUrl, method, path, response));
            if (failure == null) return null;
            throw failure;
        }
        throw new RegistryUnreachableException(location(), lastFailure);
    }

    private HttpRequest request(String baseUrl, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", ACCEPT);
        authorization.ifPresent(value -> request.header("Authorization", value));
        if (body == null) return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
        } catch (IOException impossible) {
            throw new IllegalStateException("could not write a registry request body as JSON", impossible);
        }
    }

    private ErrorAnswer errorAnswer(String baseUrl, String method, String path, HttpResponse<String> response) {
        int code = 0;
        String message = response.body();
        try {
            JsonNode error = json.readTree(response.body());
            code = error.path("error_code").asInt(0);
            if (error.hasNonNull("message")) message = error.get("message").asText();
        } catch (JsonProcessingException notJson) {
            // proxies and crashed registries answer with HTML or plain text: keep the body as the message
        }
        if (message == null || message.isBlank()) message = "(empty body)";
        return new ErrorAnswer(baseUrl, method, path, response.statusCode(), code, message);
    }

    private JsonNode readJson(String baseUrl, String path, String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new SchemaRegistryException("registry " + baseUrl + " answered " + path + " with malformed JSON: "
                    + malformed.getOriginalMessage(), 0, malformed);
        }
    }

    private RegisteredSchema registered(String subject, JsonNode answer) {
        int id = answer.path("id").asInt();
        Schema schema = parse(answer, "schema id " + id + " of subject " + subject);
        schemasById.putIfAbsent(id, schema);
        return new RegisteredSchema(subject, answer.path("version").asInt(), id, schema);
    }

    private Schema parse(JsonNode answer, String what) {
        String text = answer.path("schema").asText(null);
        if (text == null) throw new SchemaRegistryException("registry " + location() + " returned no schema text for " + what);
        try {
            return new Schema.Parser().parse(text);
        } catch (RuntimeException invalid) {
            throw new SchemaRegistryException("registry " + location() + " returned " + what
                    + " which is not a valid Avro schema: " + invalid.getMessage(), 0, invalid);
        }
    }

    private CompatibilityLevel level(JsonNode answer, String subject) {
        // Confluent answers GET with compatibilityLevel and PUT with compatibility.
        String level = answer.hasNonNull("compatibilityLevel")
                ? answer.get("compatibilityLevel").asText()
                : answer.path("compatibility").asText("");
        try {
            return CompatibilityLevel.valueOf(level);
        } catch (IllegalArgumentException unknown) {
            throw new SchemaRegistryException("registry " + location() + " reported an unknown compatibility level '"
                    + level + "' for subject " + subject);
        }
    }

    private static String notFound(ErrorAnswer error, String subject, String versionPrefix) {
        String what = error.code() == SUBJECT_NOT_FOUND ? "subject " : versionPrefix;
        return what + subject + " not found in registry " + error.registry() + " (" + error.message() + ")";
    }

    private static Map<String, String> schemaBody(Schema schema) {
        return Map.of("schema", schema.toString());
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
