package io.factwire.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * An in-memory schema registry for tests, selected with {@code schema.registry.url=mock://<scope>}: every serde
 * configured with the same scope shares one instance, so a TopologyTestDriver's serializers and deserializers
 * agree on ids without a registry process. Behaves like the real one where the serdes can tell: the same schema
 * text gets the same id in every subject, versions count from 1, and registering breaks the subject's compatibility
 * level (BACKWARD unless set) with an {@link IncompatibleSchemaException}.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {
    public static final String URL_PREFIX = "mock://";

    private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private final String location;
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> levelsBySubject = new HashMap<>();
    private final CompatibilityLevel defaultLevel = CompatibilityLevel.BACKWARD;

    /** A private registry, not shared through any scope. */
    public MockSchemaRegistryClient() {
        this(URL_PREFIX + "(unscoped)");
    }

    private MockSchemaRegistryClient(String location) {
        this.location = location;
    }

    /** The registry shared by everything configured with {@code mock://<scope>}; created on first use. */
    public static MockSchemaRegistryClient forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistryClient(URL_PREFIX + s));
    }

    /** Forgets a scope, so the next test using it starts from an empty registry. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        Optional<RegisteredSchema> existing = lookup(subject, schema);
        if (existing.isPresent()) return existing.get().id();
        List<RegisteredSchema> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        List<String> problems = AvroCompatibility.problems(
                getConfig(subject), schema, versions.stream().map(RegisteredSchema::schema).toList());
        if (!problems.isEmpty()) throw new IncompatibleSchemaException(subject, String.join("; ", problems));
        int id = idsBySchemaText.computeIfAbsent(schema.toString(), text -> idsBySchemaText.size() + 1);
        schemasById.put(id, schema);
        versions.add(new RegisteredSchema(subject, versions.size() + 1, id, schema));
        return id;
    }

    @Override
    public synchronized Schema getById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) throw new SchemaNotFoundException("schema id " + id + " not found in registry " + location);
        return schema;
    }

    @Override
    public synchronized RegisteredSchema getLatest(String subject) {
        List<RegisteredSchema> versions = versionsOf(subject);
        return versions.getLast();
    }

    @Override
    public synchronized RegisteredSchema getVersion(String subject, int version) {
        List<RegisteredSchema> versions = versionsOf(subject);
        if (version < 1 || version > versions.size()) {
            throw new SchemaNotFoundException(
                    "version " + version + " of subject " + subject + " not found in registry " + location);
        }
        return versions.get(version - 1);
    }

    @Override
    public synchronized Optional<RegisteredSchema> lookup(String subject, Schema schema) {
        String text = schema.toString();
        return versionsBySubject.getOrDefault(subject, List.of()).stream()
                .filter(version -> version.schema().toString().equals(text))
                .findFirst();
    }

    @Override
    public synchronized CompatibilityReport testCompatibility(String subject, Schema schema) {
        List<Schema> existing = versionsBySubject.getOrDefault(subject, List.of()).stream()
                .map(RegisteredSchema::schema)
                .toList();
        List<String> problems = AvroCompatibility.problems(getConfig(subject), schema, existing);
        return new CompatibilityReport(problems.isEmpty(), problems);
    }

    @Override
    public synchronized CompatibilityLevel getConfig(String subject) {
        return levelsBySubject.getOrDefault(subject, defaultLevel);
    }

    @Override
    public synchronized CompatibilityLevel updateConfig(String subject, CompatibilityLevel level) {
        levelsBySubject.put(subject, level);
        return level;
    }

    @Override
    public String location() {
        return location;
    }

    private List<RegisteredSchema> versionsOf(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaNotFoundException("subject " + subject + " not found in registry " + location);
        }
        return versions;
    }
}
