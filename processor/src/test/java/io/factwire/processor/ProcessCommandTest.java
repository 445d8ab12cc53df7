package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProcessCommandTest {

    @TempDir
    Path dir;

    private ProcessorConfig parse(ProcessCommand command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command.config();
    }

    @Test
    void injectedDefaultsApplyWhenNoOptionIsGiven() {
        ProcessorConfig config = parse(new ProcessCommand().withDefaults("127.0.0.1:39092", "http://127.0.0.1:38081"));

        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:39092");
        assertThat(config.registryUrl()).isEqualTo("http://127.0.0.1:38081");
    }

    @Test
    void optionsBeatTheConfigFileWhichBeatsTheInjectedDefaults() throws Exception {
        Path file = dir.resolve("p.properties");
        Files.writeString(file, "bootstrap.servers=from-file:9092\nnum.stream.threads=3\n");

        ProcessorConfig config = parse(new ProcessCommand().withDefaults("injected:9092", "http://injected"),
                "--config", file.toString(), "--threads", "5", "--partitions", "2", "--state-dir", dir.toString(),
                "--application-id", "app-x", "--registry", "http://cli");

        assertThat(config.bootstrapServers()).isEqualTo("from-file:9092");
        assertThat(config.registryUrl()).isEqualTo("http://cli");
        assertThat(config.get("num.stream.threads")).isEqualTo("5");
        assertThat(config.partitions()).isEqualTo(2);
        assertThat(config.stateDir()).isEqualTo(dir);
        assertThat(config.applicationId()).isEqualTo("app-x");
    }

    @Test
    void helpNamesTheOptions() {
        String usage = new CommandLine(new ProcessCommand()).getUsageMessage();
        assertThat(usage).contains("--bootstrap", "--registry", "--config", "--partitions", "--threads",
                "--state-dir", "--application-id");
    }
}
