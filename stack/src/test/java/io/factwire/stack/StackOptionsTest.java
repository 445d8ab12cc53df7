package io.factwire.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackOptionsTest {

    @Test
    void defaultsToOneThrowAwayBrokerAndAnInMemoryRegistry() {
        StackOptions options = StackOptions.defaults();

        assertThat(options.brokers()).isEqualTo(1);
        assertThat(options.persistent()).isFalse();
        assertThat(options.registryStorage()).isEqualTo(RegistryStorage.IN_MEMORY);
        assertThat(options.kafkaPort()).isZero();
        assertThat(options.registryPort()).isZero();
    }

    @Test
    void keepsSchemasInKafkaWhenTheDataIsKept() {
        StackOptions options = StackOptions.builder().dataDir(Path.of("data")).build();

        assertThat(options.registryStorage()).isEqualTo(RegistryStorage.KAFKASQL);
        assertThat(options.dataDir()).isAbsolute();
    }

    @Test
    void anExplicitRegistryStorageWins() {
        StackOptions options = StackOptions.builder().dataDir(Path.of("data"))
                .registryStorage(RegistryStorage.IN_MEMORY).build();

        assertThat(options.registryStorage()).isEqualTo(RegistryStorage.IN_MEMORY);
    }

    @Test
    void rejectsWhatItCannotRun() {
        assertThatThrownBy(() -> StackOptions.builder().brokers(2).build()).hasMessageContaining("1 or 3");
        assertThatThrownBy(() -> StackOptions.builder().brokers(3).dataDir(Path.of("data")).build())
                .hasMessageContaining("1-broker");
        assertThatThrownBy(() -> StackOptions.builder().brokers(3).kafkaPort(9092).build())
                .hasMessageContaining("fixed Kafka port");
        assertThatThrownBy(() -> StackOptions.builder().registryPort(70_000).build())
                .hasMessageContaining("registryPort");
    }
}
