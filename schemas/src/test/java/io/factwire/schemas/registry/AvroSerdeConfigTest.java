package io.factwire.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.avro.Article;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.serde.AvroSerdeConfig;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Which registry client a serde config yields, and how credentials reach the registry. */
class AvroSerdeConfigTest {

    @Test
    void defaultsAreConfluents() {
        AvroSerdeConfig config = new AvroSerdeConfig(SerdeConfig.forRegistry("http://127.0.0.1:1"));
        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.specificAvroReader()).isTrue();
    }

    @Test
    void aMissingRegistryUrlIsAConfigErrorNamingTheKey() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of("bootstrap.servers", "x:9092")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void mockUrlsShareTheScopedRegistryAndStandAlone() {
        assertThat(new AvroSerdeConfig(SerdeConfig.forMock("cfg-test")).newRegistryClient())
                .isSameAs(MockSchemaRegistryClient.forScope("cfg-test"));
        MockSchemaRegistryClient.dropScope("cfg-test");
        assertThatThrownBy(() -> new AvroSerdeConfig(SerdeConfig.forRegistry("mock://a,http://127.0.0.1:1"))
                .newRegistryClient())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("a mock:// URL must stand alone");
    }

    @Test
    void userInfoCredentialsAreSentAsBasicAuth() throws Exception {
        try (FakeRegistry fake = new FakeRegistry().answer("POST", "/subjects/articles-value/versions", 200, "{\"id\":1}");
                SchemaRegistryClient client =
                        new AvroSerdeConfig(SerdeConfig.forRegistry(fake.url(), "bob:pw")).newRegistryClient()) {
            client.register("articles-value", Article.getClassSchema());
            assertThat(fake.requests.getFirst().authorization()).isEqualTo(basic("bob:pw"));
        }
    }

    @Test
    void urlCredentialsAreTakenOutOfTheUrlAndSentAsBasicAuth() throws Exception {
        try (FakeRegistry fake = new FakeRegistry().answer("POST", "/subjects/articles-value/versions", 200, "{\"id\":1}")) {
            Map<String, Object> settings = SerdeConfig.forRegistry(fake.url().replace("http://", "http://carol:pw@"));
            settings.put(AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, AvroSerdeConfig.URL);
            try (SchemaRegistryClient client = new AvroSerdeConfig(settings).newRegistryClient()) {
                client.register("articles-value", Article.getClassSchema());
                assertThat(client.location()).isEqualTo(fake.url());
                assertThat(fake.requests.getFirst().authorization()).isEqualTo(basic("carol:pw"));
            }
        }
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }
}
