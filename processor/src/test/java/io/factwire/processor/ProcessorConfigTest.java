package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsRunExactlyOnceWithTwoThreadsSixPartitionsAndFastCommits() {
        Properties streams = ProcessorConfig.defaults().streamsProperties();

        assertThat(streams).containsEntry("application.id", "factwire-processor")
                .containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("num.stream.threads", "2")
                .containsEntry("commit.interval.ms", "15")
                .containsEntry("poll.ms", "5")
                .containsEntry("ensure.explicit.internal.resource.naming", "true")
                .containsEntry("errors.dead.letter.queue.topic.name", "dead-letters")
                .containsEntry("replication.factor", "1");
        assertThat(ProcessorConfig.defaults().partitions()).isEqualTo(6);
        assertThat(ProcessorConfig.defaults().orderInFlight()).isEqualTo(java.time.Duration.ofMillis(40));
        assertThat(ProcessorConfig.defaults().with("factwire.order.in-flight", "150ms").orderInFlight())
                .isEqualTo(java.time.Duration.ofMillis(150));
    }

    @Test
    void aPropertiesFileOverridesDefaultsAndOverridesWinOverTheFile() throws Exception {
        Path file = dir.resolve("processor.properties");
        Files.writeString(file, "num.stream.threads=4\nfactwire.partitions=12\nfactwire.replication=3\n");

        ProcessorConfig config = ProcessorConfig.load(file, Map.of("factwire.partitions", "3"));

        assertThat(config.get("num.stream.threads")).isEqualTo("4");
        assertThat(config.partitions()).isEqualTo(3);
        assertThat(config.replication()).isEqualTo((short) 3);
        assertThat(config.streamsProperties()).containsEntry("replication.factor", "3");
    }

    @Test
    void anInstanceIsAStaticGroupMemberNamedAfterItsStateDirUnlessSetOtherwise() {
        ProcessorConfig one = ProcessorConfig.defaults().with(Map.of("state.dir", "/tmp/one"));
        String id = one.streamsProperties().getProperty("group.instance.id");
        assertThat(id).startsWith("factwire-processor-").isEqualTo(one.streamsProperties().getProperty("group.instance.id"));
        assertThat(ProcessorConfig.defaults().with(Map.of("state.dir", "/tmp/two")).streamsProperties()
                .getProperty("group.instance.id")).isNotEqualTo(id);
        assertThat(one.with("group.instance.id", "mine").streamsProperties()).containsEntry("group.instance.id", "mine");
        assertThat(one.with("group.instance.id", "").streamsProperties()).doesNotContainKey("group.instance.id");
    }

    @Test
    void factwiresOwnClientsConnectAsKafkaStreamsDoesWithTheSecuritySettings() throws Exception {
        // Topic set-up, the rank merge's lister, the aborter and the serving side create clients of their own: with
        // the bootstrap servers alone they could not reach a cluster that asks for TLS or SASL.
        Path file = dir.resolve("secured.properties");
        Files.writeString(file, """
                bootstrap.servers=kafka-1:9093
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                ssl.truststore.location=/etc/factwire/truststore.p12
                admin.request.timeout.ms=20000
                """);
        Map<String, Object> admin = ProcessorConfig.load(file, Map.of()).adminConfig();

        assertThat(admin).containsEntry("bootstrap.servers", "kafka-1:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/factwire/truststore.p12")
                .as("an admin.-prefixed setting is the admin client's").containsEntry("request.timeout.ms", "20000");
        assertThat(admin.keySet()).as("only admin client settings, and no client id shared by several clients")
                .doesNotContain("client.id", "factwire.partitions", "processing.guarantee", "num.stream.threads");
    }

    @Test
    void badNumbersNameTheKey() {
        assertThatThrownBy(() -> ProcessorConfig.defaults().with("factwire.partitions", "six").partitions())
                .hasMessageContaining("factwire.partitions").hasMessageContaining("six");
        assertThatThrownBy(() -> ProcessorConfig.defaults().with("factwire.replication", "0").replication())
                .hasMessageContaining("factwire.replication");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> ProcessorConfig.load(dir.resolve("nope.properties"), Map.of()))
                .hasMessageContaining("nope.properties");
    }

    @Test
    void credentialsAreNotPrinted() {
        assertThat(ProcessorConfig.defaults().with("basic.auth.user.info", "me:secret").toString())
                .doesNotContain("me:secret");
    }
}
