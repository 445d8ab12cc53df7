package io.factwire.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The versions a run used.
 *
 * @param factwire the project version and, when the bench runs from a git checkout, its commit
 * @param kafka    Kafka clients and Streams (the in-process broker of a local stack is the same release)
 * @param avro     Avro
 * @param registry what the schema registry says it is, or "unknown"
 */
public record Versions(String factwire, String kafka, String avro, String registry) {

    public static final String FACTWIRE_VERSION = "0.1.0-SNAPSHOT";

    public static Versions detect(String registryUrl) {
        return new Versions(FACTWIRE_VERSION + gitCommit(), AppInfoParser.getVersion(),
                mavenVersion("org.apache.avro", "avro"), registryVersion(registryUrl));
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Apicurio's system info, next to the Confluent-compatible API the serdes use. */
    private static String registryVersion(String registryUrl) {
        int api = registryUrl.indexOf("/apis/");
        if (api < 0) {
            return "unknown";
        }
        URI info = URI.create(registryUrl.substring(0, api) + "/apis/registry/v3/system/info");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(info).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "unknown";
            }
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            return node.path("name").asText("registry") + " " + node.path("version").asText("?");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String gitCommit() {
        String root = System.getProperty("factwire.root");
        if (root == null) {
            return "";
        }
        try {
            Process git = new ProcessBuilder("git", "-C", root, "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 && !out.isEmpty() ? " (" + out + ")" : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
