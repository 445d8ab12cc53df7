package io.factwire.schemas;

import io.factwire.schemas.registry.MockSchemaRegistryClient;
import io.factwire.schemas.serde.AvroSerdeConfig;
import java.util.Map;

/** Ready-made serde config maps for {@link Topics} and {@link io.factwire.schemas.serde.SpecificAvroSerde}. */
public final class SerdeConfig {
    private SerdeConfig() {}

    /** Config for the registry at {@code url}: a real one, or {@code mock://<scope>} for the in-memory one. */
    public static Map<String, Object> forRegistry(String url) {
        return Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url);
    }

    /** Config for a registry that wants HTTP Basic auth ({@code userInfo} is {@code user:password}). */
    public static Map<String, Object> forRegistry(String url, String userInfo) {
        return Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url,
                AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, AvroSerdeConfig.USER_INFO,
                AvroSerdeConfig.BASIC_AUTH_USER_INFO, userInfo);
    }

    /**
     * Config for the in-memory registry shared by everything configured with the same scope: for
     * TopologyTestDriver tests. Use one scope per test class and {@link MockSchemaRegistryClient#dropScope} after.
     */
    public static Map<String, Object> forMock(String scope) {
        return forRegistry(MockSchemaRegistryClient.URL_PREFIX + scope);
    }
}
