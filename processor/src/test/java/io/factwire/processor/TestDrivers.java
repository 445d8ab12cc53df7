package io.factwire.processor;

import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsConfig;

/** Configuration for TopologyTestDriver tests: the processor defaults, an in-memory registry scope per test. */
public final class TestDrivers {

    private TestDrivers() {}

    /**
     * A TopologyTestDriver reads every topic as one partition: with more, the decision's merge ({@code RankOrder})
     * would wait out its maximum for partitions that never send.
     */
    public static ProcessorConfig config(Path stateDir) {
        return ProcessorConfig.defaults()
                .with(ProcessorConfig.PARTITIONS, "1")
                .with(ProcessorConfig.REGISTRY_URL, "mock://" + UUID.randomUUID())
                .with(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }

    public static Properties properties(ProcessorConfig config) {
        return config.streamsProperties();
    }
}
