package io.factwire.processor.serving;

import io.factwire.avro.Article;
import io.factwire.processor.ProcessorConfig;
import io.factwire.processor.ServedProcessor;
import io.factwire.stack.StackEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One instance of the real processor (the factwire topology with the real extractor, exactly-once) served as it is
 * deployed ({@link ServedProcessor}: application.server = its HTTP endpoint), on the test stack's shared topics.
 */
final class RealPipeline implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    final ServedProcessor processor;
    private final Path stateDir;

    private RealPipeline(ServedProcessor processor, Path stateDir) {
        this.processor = processor;
        this.stateDir = stateDir;
    }

    static RealPipeline start(StackEndpoints endpoints, String applicationId) throws Exception {
        Path stateDir = Files.createTempDirectory("factwire-served-it");
        ProcessorConfig config = ProcessorConfig.defaults().with(Map.of(
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.bootstrapServers(),
                ProcessorConfig.REGISTRY_URL, endpoints.registryUrl(),
                StreamsConfig.APPLICATION_ID_CONFIG, applicationId,
                StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(),
                ProcessorConfig.PARTITIONS, "6",
                // One thread per instance: two instances on a 2-core box shared with the broker and the registry.
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1"));
        return new RealPipeline(ServedProcessor.start(config, "127.0.0.1", 0, null, STARTUP), stateDir);
    }

    URI uri(String pathAndQuery) {
        return processor.uri().resolve(pathAndQuery);
    }

    /** An article as ingest would publish it (no event yet), written for these tests. */
    static Article article(String id, String title, String body, String outlet) {
        return article(id, title, body, outlet, Instant.parse("2024-05-14T07:30:00Z"));
    }

    static Article article(String id, String title, String body, String outlet, Instant published) {
        return Article.newBuilder()
                .setId(id)
                .setOutlet(outlet)
                .setTitle(title)
                .setBody(body)
                .setPublished(published)
                .setIngested(Instant.now())
                .setExtra(Map.of())
                .build();
    }

    @Override
    public void close() {
        processor.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
