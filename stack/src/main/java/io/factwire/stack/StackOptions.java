package io.factwire.stack;

import java.nio.file.Path;

/**
 * What {@link LocalStack#start(StackOptions)} runs.
 *
 * @param brokers         1 (a combined broker + controller) or 3 (three brokers and one dedicated controller, for
 *                        fault tests)
 * @param dataDir         where Kafka keeps its log and the registry its log file; {@code null} = a temporary
 *                        directory deleted on close. Only a 1-broker stack can keep its data.
 * @param registryStorage where the registry keeps schemas
 * @param kafkaPort       the broker's port, 0 = a free port (a fixed port needs brokers = 1)
 * @param registryPort    the registry's HTTP port, 0 = a free port
 */
public record StackOptions(int brokers, Path dataDir, RegistryStorage registryStorage, int kafkaPort, int registryPort) {

    public StackOptions {
        if (brokers != 1 && brokers != 3) {
            throw new IllegalArgumentException("brokers must be 1 or 3, not " + brokers);
        }
        if (registryStorage == null) {
            throw new IllegalArgumentException("registryStorage must be set");
        }
        checkPort("kafkaPort", kafkaPort);
        checkPort("registryPort", registryPort);
        if (brokers == 3 && dataDir != null) {
            throw new IllegalArgumentException("a data dir is kept for a 1-broker stack only; the 3-broker stack is for tests");
        }
        if (brokers == 3 && kafkaPort != 0) {
            throw new IllegalArgumentException("a fixed Kafka port needs brokers = 1 (three brokers take free ports)");
        }
    }

    /** One broker, temporary storage, in-memory registry, free ports: what tests use. */
    public static StackOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether Kafka data outlives the stack. */
    public boolean persistent() {
        return dataDir != null;
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (a free port) or 1-65535, not " + port);
        }
    }

    public static final class Builder {
        private int brokers = 1;
        private Path dataDir;
        private RegistryStorage registryStorage;
        private int kafkaPort;
        private int registryPort;

        private Builder() {
        }

        public Builder brokers(int brokers) {
            this.brokers = brokers;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder registryStorage(RegistryStorage registryStorage) {
            this.registryStorage = registryStorage;
            return this;
        }

        public Builder kafkaPort(int kafkaPort) {
            this.kafkaPort = kafkaPort;
            return this;
        }

        public Builder registryPort(int registryPort) {
            this.registryPort = registryPort;
            return this;
        }

        /**
         * Unless set, the registry storage follows the data: KAFKASQL with a data dir, because records kept in Kafka
         * carry schema ids that an in-memory registry would forget on restart; IN_MEMORY otherwise.
         */
        public StackOptions build() {
            RegistryStorage storage = registryStorage != null ? registryStorage
                    : dataDir != null ? RegistryStorage.KAFKASQL : RegistryStorage.IN_MEMORY;
            return new StackOptions(brokers, dataDir == null ? null : dataDir.toAbsolutePath(), storage, kafkaPort,
                    registryPort);
        }
    }
}
