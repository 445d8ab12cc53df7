package io.factwire.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.avro.Article;
import io.factwire.avro.Duplicate;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST client's HTTP behaviour and error paths, against a scripted fake (the real registry is in the IT). */
class RestSchemaRegistryClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private FakeRegistry fake;
    private RestSchemaRegistryClient client;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeRegistry();
        client = new RestSchemaRegistryClient(List.of(fake.url()), "alice:s3cret", TIMEOUT);
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void registerPostsTheSchemaWithBasicAuthAndCachesTheId() throws Exception {
        fake.answer("POST", "/subjects/articles-value/versions", 200, "{\"id\":7}");

        assertThat(client.register("articles-value", Article.getClassSchema())).isEqualTo(7);
        assertThat(client.register("articles-value", Article.getClassSchema())).isEqualTo(7);
        assertThat(client.getById(7)).isEqualTo(Article.getClassSchema());

        assertThat(fake.requests).hasSize(1);
        FakeRegistry.Request request = fake.requests.getFirst();
        assertThat(request.authorization()).isEqualTo(
                "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(JSON.readTree(request.body()).get("schema").asText()).isEqualTo(Article.getClassSchema().toString());
    }

    @Test
    void versionsLookupAndConfigAreParsed() throws Exception {
        String version = JSON.writeValueAsString(Map.of("subject", "articles-duplicates-value", "version", 3, "id", 11,
                "schema", Duplicate.getClassSchema().toString()));
        fake.answer("GET", "/subjects/articles-duplicates-value/versions/latest", 200, version)
                .answer("GET", "/subjects/articles-duplicates-value/versions/3", 200, version)
                .answer("POST", "/subjects/articles-duplicates-value", 200, version)
                .answer("GET", "/config/articles-duplicates-value?defaultToGlobal=true", 200, "{\"compatibilityLevel\":\"BACKWARD\"}")
                .answer("PUT", "/config/articles-duplicates-value", 200, "{\"compatibility\":\"FULL\"}")
                .answer("POST", "/compatibility/subjects/articles-duplicates-value/versions/latest?verbose=true", 200,
                        "{\"is_compatible\":false,\"messages\":[\"field kind changed type\"]}");

        RegisteredSchema latest = client.getLatest("articles-duplicates-value");
        assertThat(latest).isEqualTo(new RegisteredSchema("articles-duplicates-value", 3, 11, Duplicate.getClassSchema()));
        assertThat(client.getVersion("articles-duplicates-value", 3)).isEqualTo(latest);
        assertThat(client.lookup("articles-duplicates-value", Duplicate.getClassSchema())).contains(latest);
        assertThat(client.getConfig("articles-duplicates-value")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.updateConfig("articles-duplicates-value", CompatibilityLevel.FULL)).isEqualTo(CompatibilityLevel.FULL);
        assertThat(client.testCompatibility("articles-duplicates-value", Duplicate.getClassSchema()))
                .isEqualTo(new CompatibilityReport(false, List.of("field kind changed type")));
        assertThat(JSON.readTree(fake.requests.get(4).body()).get("compatibility").asText()).isEqualTo("FULL");
    }

    @Test
    void aSubjectThatDoesNotExistHasNothingToLookUpOrBeIncompatibleWith() {
        fake.answer("POST", "/subjects/claims-value", 404, "{\"error_code\":40401,\"message\":\"Subject not found\"}")
                .answer("POST", "/compatibility/subjects/claims-value/versions/latest?verbose=true", 404,
                        "{\"error_code\":40401,\"message\":\"Subject not found\"}");
        assertThat(client.lookup("claims-value", Article.getClassSchema())).isEmpty();
        assertThat(client.testCompatibility("claims-value", Article.getClassSchema()).compatible()).isTrue();
    }

    @Test
    void conflictOnRegisterSaysTheSchemaIsIncompatibleWithTheRegistrysReason() {
        fake.answer("POST", "/subjects/articles-value/versions", 409,
                "{\"error_code\":409,\"message\":\"Incompatible schema: field 'language' has no default\"}");
        assertThatThrownBy(() -> client.register("articles-value", Article.getClassSchema()))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessage("schema for subject articles-value is incompatible with the latest version: "
                        + "Incompatible schema: field 'language' has no default");
    }

    @Test
    void unknownIdIsNamedWithTheRegistryUrl() {
        fake.answer("GET", "/schemas/ids/42", 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
        assertThatThrownBy(() -> client.getById(42))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessage("schema id 42 not found in registry " + fake.url());
    }

    @Test
    void serverErrorsCarryStatusCallAndBody() {
        fake.answer("GET", "/subjects/facts-value/versions/latest", 500, "<html>upstream exploded</html>");
        assertThatThrownBy(() -> client.getLatest("facts-value"))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("could not fetch version latest of subject facts-value: registry " + fake.url()
                        + " answered HTTP 500 to GET /subjects/facts-value/versions/latest: <html>upstream exploded</html>")
                .extracting(e -> ((SchemaRegistryException) e).httpStatus()).isEqualTo(500);
    }

    @Test
    void aMissingSubjectIsToldApartFromAMissingVersion() {
        fake.answer("GET", "/subjects/events-value/versions/9", 404, "{\"error_code\":40402,\"message\":\"Version not found\"}")
                .answer("GET", "/subjects/nope-value/versions/1", 404, "{\"error_code\":40401,\"message\":\"Subject not found\"}");
        assertThatThrownBy(() -> client.getVersion("events-value", 9))
                .hasMessageStartingWith("version 9 of subject events-value not found in registry " + fake.url());
        assertThatThrownBy(() -> client.getVersion("nope-value", 1))
                .hasMessageStartingWith("subject nope-value not found in registry " + fake.url());
    }

    @Test
    void connectionRefusedSaysTheRegistryIsUnreachable() throws IOException {
        String deadUrl = "http://127.0.0.1:" + freePort() + "/apis/ccompat/v7";
        try (RestSchemaRegistryClient dead = new RestSchemaRegistryClient(List.of(deadUrl), null, TIMEOUT)) {
            assertThatThrownBy(() -> dead.register("articles-value", Article.getClassSchema()))
                    .isInstanceOf(RegistryUnreachableException.class)
                    .hasMessageStartingWith("schema registry at " + deadUrl + " is unreachable: ")
                    .hasMessageContaining("ConnectException");
        }
    }

    @Test
    void anUnreachableUrlIsSkippedForTheNextOne() throws IOException {
        fake.answer("GET", "/schemas/ids/3", 200, JSON.writeValueAsString(Map.of("schema", Article.getClassSchema().toString())));
        String deadUrl = "http://127.0.0.1:" + freePort() + "/apis/ccompat/v7";
        try (RestSchemaRegistryClient failover = new RestSchemaRegistryClient(List.of(deadUrl, fake.url()), null, TIMEOUT)) {
            assertThat(failover.getById(3)).isEqualTo(Article.getClassSchema());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
