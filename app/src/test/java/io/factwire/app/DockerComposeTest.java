package io.factwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks that it is self-consistent:
 * every reference to a service (depends_on, host:port in commands and environment) names a service
 * that exists and listens on that port, and no two services publish the same host port.
 */
class DockerComposeTest {

    private static final Pattern HOST_PORT = Pattern.compile("(?:https?://)?([a-z][a-z0-9-]*):(\\d{2,5})");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Path root = Path.of(System.getProperty("factwire.root", ".."));
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void definesTheProductionShapedStack() {
        assertThat(services).containsKeys("kafka", "schema-registry", "processor-1", "processor-2", "ingest");
    }

    @Test
    void dependsOnOnlyNamesExistingServices() {
        services.forEach((name, service) -> {
            Object deps = service.get("depends_on");
            if (deps instanceof Map<?, ?> map) {
                assertThat(services).as("depends_on of %s", name).containsKeys(map.keySet().toArray(String[]::new));
            }
        });
    }

    @Test
    void everyHostPortReferenceReachesAServiceListeningThere() {
        for (var entry : services.entrySet()) {
            for (String text : referencesIn(entry.getValue())) {
                Matcher m = HOST_PORT.matcher(text);
                while (m.find()) {
                    String host = m.group(1);
                    int port = Integer.parseInt(m.group(2));
                    if (host.equals("localhost") || !services.containsKey(host)) {
                        continue; // host-side addresses and scheme names are not service references
                    }
                    assertThat(listeningPorts(host)).as("%s refers to %s:%d", entry.getKey(), host, port).contains(port);
                }
            }
        }
    }

    @Test
    void noTwoServicesPublishTheSameHostPort() {
        Set<String> published = new HashSet<>();
        services.forEach((name, service) -> {
            for (Object p : (List<?>) service.getOrDefault("ports", List.of())) {
                String hostPort = p.toString().split(":")[0];
                assertThat(published.add(hostPort)).as("host port %s published twice (%s)", hostPort, name).isTrue();
            }
        });
    }

    @Test
    void processorsAdvertiseThemselvesForQueryRouting() {
        for (String name : List.of("processor-1", "processor-2")) {
            List<?> command = (List<?>) services.get(name).get("command");
            int i = command.indexOf("--advertised");
            assertThat(i).as("%s has --advertised", name).isPositive();
            assertThat(command.get(i + 1).toString()).startsWith(name + ":");
        }
    }

    /** The ports a service listens on inside the compose network: container ports it publishes or names. */
    private static Set<Integer> listeningPorts(String service) {
        Set<Integer> ports = new HashSet<>();
        Map<String, Object> s = services.get(service);
        for (Object p : (List<?>) s.getOrDefault("ports", List.of())) {
            String[] parts = p.toString().split(":");
            ports.add(Integer.parseInt(parts[parts.length - 1]));
        }
        for (String text : referencesIn(s)) { // e.g. KAFKA_LISTENERS: INTERNAL://:29092
            Matcher m = Pattern.compile("://[a-z0-9.-]*:(\\d{2,5})").matcher(text);
            while (m.find()) {
                ports.add(Integer.parseInt(m.group(1)));
            }
        }
        return ports;
    }

    private static List<String> referencesIn(Map<String, Object> service) {
        List<String> texts = new ArrayList<>();
        Object env = service.get("environment");
        if (env instanceof Map<?, ?> map) {
            map.values().forEach(v -> texts.add(String.valueOf(v)));
        }
        Object command = service.get("command");
        if (command instanceof List<?> list) {
            list.forEach(v -> texts.add(String.valueOf(v)));
        }
        Object health = service.get("healthcheck");
        if (health instanceof Map<?, ?> map && map.get("test") instanceof List<?> list) {
            list.forEach(v -> texts.add(String.valueOf(v)));
        }
        return texts;
    }
}
