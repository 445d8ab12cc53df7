package io.factwire.schemas.serde;

import io.factwire.schemas.registry.MockSchemaRegistryClient;
import io.factwire.schemas.registry.RestSchemaRegistryClient;
import io.factwire.schemas.registry.SchemaRegistryClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The serde settings, under Confluent's own keys so a config written for Confluent's SpecificAvroSerde works
 * unchanged. Other keys in the map (Kafka Streams passes its whole config) are ignored.
 */
public final class AvroSerdeConfig extends AbstractConfig {
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";

    /** Credentials come from {@value #BASIC_AUTH_USER_INFO}... */
    public static final String USER_INFO = "USER_INFO";
    /** ...or from the user-info part of the registry URL (http://user:pass@host:port). */
    public static final String URL = "URL";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "Comma-separated schema registry base URLs, or mock://<scope> for the in-memory test registry.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register the record's schema under <topic>-key/-value when serializing; if false it must already be registered.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Write with the latest version of the subject instead of the record's own schema.")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, USER_INFO, ConfigDef.ValidString.in(USER_INFO, URL),
                    Importance.MEDIUM, "Where HTTP Basic credentials come from: USER_INFO or URL.")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
                    "user:password for HTTP Basic auth to the registry, when the source is USER_INFO.")
            .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, true, Importance.LOW,
                    "Deserialize into the generated SpecificRecord class (true) or a GenericRecord (false).")
            .define(REQUEST_TIMEOUT_MS, Type.LONG, 30_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Connect and request timeout of registry calls.");

    public AvroSerdeConfig(Map<String, ?> configs) {
        super(DEFINITION, configs, false);
    }

    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS);
    }

    public boolean useLatestVersion() {
        return getBoolean(USE_LATEST_VERSION);
    }

    public boolean specificAvroReader() {
        return getBoolean(SPECIFIC_AVRO_READER);
    }

    /** A client for the configured registry: the shared in-memory one for mock://scope, else a REST client. */
    public SchemaRegistryClient newRegistryClient() {
        List<String> urls = getList(SCHEMA_REGISTRY_URL);
        if (urls.isEmpty()) throw new ConfigException(SCHEMA_REGISTRY_URL, "", "at least one registry URL is required");
        if (urls.getFirst().startsWith(MockSchemaRegistryClient.URL_PREFIX)) {
            if (urls.size() > 1) throw new ConfigException(SCHEMA_REGISTRY_URL, urls, "a mock:// URL must stand alone");
            return MockSchemaRegistryClient.forScope(urls.getFirst().substring(MockSchemaRegistryClient.URL_PREFIX.length()));
        }
        Duration timeout = Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS));
        if (URL.equals(getString(BASIC_AUTH_CREDENTIALS_SOURCE))) {
            String userInfo = URI.create(urls.getFirst()).getUserInfo();
            return new RestSchemaRegistryClient(urls.stream().map(AvroSerdeConfig::withoutUserInfo).toList(), userInfo, timeout);
        }
        Password userInfo = getPassword(BASIC_AUTH_USER_INFO);
        return new RestSchemaRegistryClient(urls, userInfo == null ? null : userInfo.value(), timeout);
    }

    private static String withoutUserInfo(String url) {
        URI uri = URI.create(url);
        if (uri.getRawUserInfo() == null) return url;
        return url.replaceFirst(Pattern.quote(uri.getRawUserInfo() + "@"), "");
    }
}
