package io.factwire.stack;

import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import java.util.Map;
import java.util.TreeMap;

/** The metadata a freshly formatted production cluster starts with: the latest production release and features. */
final class ProductionFeatures {

    private ProductionFeatures() {
    }

    /** Every production feature at its default level for {@link MetadataVersion#latestProduction()}. */
    static Map<String, Short> defaultLevels() {
        MetadataVersion version = MetadataVersion.latestProduction();
        Map<String, Short> levels = new TreeMap<>();
        for (Feature feature : Feature.PRODUCTION_FEATURES) {
            levels.put(feature.featureName(), feature.defaultLevel(version));
        }
        return levels;
    }

    /**
     * Built by hand because the test kit's {@code setBootstrapMetadataVersion} keeps only metadata.version: without
     * transaction.version and group.version, exactly_once_v2 falls back to the old transaction protocol and
     * {@code group.protocol=streams} is refused.
     */
    static BootstrapMetadata bootstrapMetadata() {
        return BootstrapMetadata.fromVersions(MetadataVersion.latestProduction(), defaultLevels(), "factwire-stack");
    }
}
