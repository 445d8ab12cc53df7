package io.factwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.factwire.schemas.registry.AvroCompatibility;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaValidationException;
import org.apache.avro.SchemaValidatorBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every version of a value schema that ever reached a registry is kept under
 * {@code src/test/resources/released/<Name>/v<N>.avsc}; the current generated schema must be able to read data
 * written with all of them (BACKWARD_TRANSITIVE), so consumers upgrade before or after producers without loss.
 * Releasing a change: add it as the next vN.avsc (the full schema: {@code Name.getClassSchema().toString(true)}).
 */
class ReleasedSchemasCompatibilityTest {

    static Stream<Class<? extends SpecificRecord>> valueTypes() {
        return Samples.byTopic().values().stream().<Class<? extends SpecificRecord>>map(SpecificRecord::getClass).distinct();
    }

    @ParameterizedTest
    @MethodSource("valueTypes")
    void currentSchemaReadsEveryReleasedVersion(Class<? extends SpecificRecord> type) throws Exception {
        Schema current = (Schema) type.getField("SCHEMA$").get(null);
        List<Path> releases = releasesOf(type.getSimpleName());
        assertThat(releases).as("released versions of %s", type.getSimpleName()).isNotEmpty();
        List<Schema> newestFirst = releases.reversed().stream().map(ReleasedSchemasCompatibilityTest::parse).toList();
        newestFirst.forEach(released ->
                assertThat(released.getFullName()).as("record names are the contract").isEqualTo(current.getFullName()));
        try {
            new SchemaValidatorBuilder().canReadStrategy().validateAll().validate(current, newestFirst);
        } catch (SchemaValidationException incompatible) {
            String reasons = newestFirst.stream()
                    .flatMap(released -> AvroCompatibility.readProblems(current, released).stream())
                    .collect(Collectors.joining("\n  "));
            fail("current " + type.getSimpleName() + " cannot read a released version:\n  " + reasons);
        }
    }

    @Test
    void everyReleasedDirectoryBelongsToACurrentValueType() throws Exception {
        Set<String> current = valueTypes().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> dirs = Files.list(releasedRoot())) {
            assertThat(dirs.map(dir -> dir.getFileName().toString())).containsExactlyInAnyOrderElementsOf(current);
        }
    }

    private static List<Path> releasesOf(String name) throws IOException, URISyntaxException {
        Path dir = releasedRoot().resolve(name);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().matches("v\\d+\\.avsc"))
                    .sorted(Comparator.comparingInt(ReleasedSchemasCompatibilityTest::versionOf))
                    .toList();
        }
    }

    private static int versionOf(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.length() - ".avsc".length()));
    }

    private static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException | RuntimeException invalid) {
            throw new AssertionError("released schema " + file + " does not parse: " + invalid.getMessage(), invalid);
        }
    }

    private static Path releasedRoot() throws URISyntaxException {
        return Path.of(ReleasedSchemasCompatibilityTest.class.getResource("/released").toURI());
    }
}
