package io.factwire.schemas;

import io.factwire.schemas.registry.MockSchemaRegistryClient;
import io.factwire.schemas.serde.AvroSerdeConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * Ready-made serde config maps for {@link Topics} and {@link io.factwire.schemas.serde.SpecificAvroSerde}. The maps
 * are mutable copies: add further keys of {@link AvroSerdeConfig} (or Kafka client keys) as needed.
 */
public final class SerdeConfig {
    private SerdeConfig() {}

    /** Config for the registry at {@code url}: a real one, or {@code mock://<scope>} for the in-memory one. */
    public static Map<String, Object> forRegistry(String url) {
        return new HashMap<>(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url));
    }

    /** Config for a registry that wants HTTP Basic auth ({@code userInfo} is {@code user:password}). */
    public static Map<String, Object> forRegistry(String url, String userInfo) {
        Map<String, Object> config = forRegistry(url);
        config.put(AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, AvroSerdeConfig.USER_INFO);
        config.put(AvroSerdeConfig.BASIC_AUTH_USER_INFO, userInfo);
        return config;
    }

    /**
     * Config for the in-memory registry shared by everything configured with the same scope: for
     * TopologyTestDriver tests. Use one scope per test class and {@link MockSchemaRegistryClient#dropScope} after.
     */
    public static Map<String, Object> forMock(String scope) {
        return forRegistry(MockSchemaRegistryClient.URL_PREFIX + scope);
    }
}
