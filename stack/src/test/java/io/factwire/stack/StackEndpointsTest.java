package io.factwire.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackEndpointsTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackTheEndpointsFile() throws IOException {
        StackEndpoints endpoints = new StackEndpoints("127.0.0.1:9092", "http://127.0.0.1:8081/apis/ccompat/v7")
                .withWeb("http://127.0.0.1:8080/");
        Path file = dir.resolve("nested").resolve("endpoints.json");

        endpoints.writeJson(file);

        assertThat(Files.readString(file)).contains("\"bootstrap\"", "\"registry\"", "\"web\"");
        assertThat(StackEndpoints.fromJson(file)).isEqualTo(endpoints);
    }

    @Test
    void leavesOutAMissingWebUrl() throws IOException {
        StackEndpoints endpoints = new StackEndpoints("127.0.0.1:9092", "http://127.0.0.1:8081/apis/ccompat/v7");
        Path file = dir.resolve("endpoints.json");

        endpoints.writeJson(file);

        assertThat(Files.readString(file)).doesNotContain("web");
        assertThat(StackEndpoints.fromJson(file).web()).isNull();
    }

    @Test
    void namesTheFileAndTheFieldWhenAFieldIsMissing() throws IOException {
        Path file = dir.resolve("endpoints.json");
        Files.writeString(file, "{\"bootstrap\": \"127.0.0.1:9092\"}");

        assertThatThrownBy(() -> StackEndpoints.fromJson(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("\"registry\"");
    }

    @Test
    void namesTheFileWhenItIsNotJson() throws IOException {
        Path file = dir.resolve("endpoints.json");
        Files.writeString(file, "bootstrap=127.0.0.1:9092");

        assertThatThrownBy(() -> StackEndpoints.fromJson(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }
}
