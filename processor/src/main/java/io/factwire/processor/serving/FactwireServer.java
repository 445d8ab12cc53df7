package io.factwire.processor.serving;

import com.sun.net.httpserver.HttpServer;
import io.factwire.processor.serving.lag.ConsumerGroupLag;
import io.factwire.schemas.Topics;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * factwire's read-only HTTP side, beside a running processor: the JSON API over the fact table (interactive
 * queries across every instance), events and duplicates, the live feed (SSE), health, Prometheus metrics, lag and
 * the live page. It runs on the JDK's own {@link HttpServer} with one virtual thread per exchange (see
 * processor/README-serving.md for why).
 *
 * <p>Start it after the {@link KafkaStreams} instance is created with {@code application.server} set to
 * {@link ServingOptions#advertised()}; it answers 503 while the instance is not RUNNING.
 */
public final class FactwireServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FactwireServer.class);
    /** Seconds to let ordinary exchanges finish on close; live feeds are ended before. */
    private static final int STOP_DELAY_SECONDS = 1;

    private final HttpServer http;
    private final ExecutorService executor;
    private final ServerMetrics metrics;
    private final PipelineMonitor monitor;
    private final CommittedTopicsCache cache;
    private final FactUpdateStream stream;
    private final PeerClient peers;
    private final Admin admin;
    private final ServingOptions options;

    private FactwireServer(KafkaStreams streams, Topics topics, ServingOptions options) throws IOException {
        this.options = options;
        StaticAssets assets = new StaticAssets();
        // Bound before anything else is created: a port in use fails here, with no client, thread or metrics
        // binder yet to clean up.
        http = HttpServer.create(new InetSocketAddress(options.bindHost(), options.port()), 0);
        Map<String, Object> kafka = ConsumerConfigs.connection(options.kafka());
        Clock clock = Clock.systemUTC();
        metrics = new ServerMetrics(streams, options.applicationId());
        monitor = new PipelineMonitor(kafka, topics, metrics.registry(), clock);
        cache = new CommittedTopicsCache(kafka, topics);
        stream = new FactUpdateStream(kafka, topics, options.heartbeat());
        Gauge.builder("factwire.live.clients", stream, FactUpdateStream::clients)
                .description("Clients connected to the live feed").register(metrics.registry());
        peers = new PeerClient(options.advertised());
        admin = Admin.create(options.kafka());

        InstanceDirectory directory = new InstanceDirectory(streams, options.factStore(), options.advertised());
        FactsApi facts = new FactsApi(new LocalFactStore(streams, options.factStore()), directory, peers);
        EventsApi events = new EventsApi(cache, facts);
        OpsApi ops = new OpsApi(streams, options, directory, new ConsumerGroupLag(admin, kafka, clock),
                monitor, cache, stream, clock);

        RequestDispatcher dispatcher = new RequestDispatcher()
                .exact(FactsApi.PATH, facts::list)
                .prefix(FactsApi.PATH + "/", facts::one)
                .exact(EventsApi.EVENTS, events::list)
                .prefix(EventsApi.EVENTS + "/", events::one)
                .exact(EventsApi.DUPLICATES, events::duplicates)
                .stream(FactUpdateStream.PATH, stream)
                .exact("/api/lag", ops::lag)
                .exact("/api/ops", ops::ops)
                .exact("/health/live", ops::live)
                .exact("/health/ready", ops::ready)
                .exact("/metrics", request -> metrics.scrape());
        for (String path : assets.paths()) dispatcher.exact(path, request -> assets.get(path));

        executor = Executors.newVirtualThreadPerTaskExecutor();
        http.createContext("/", dispatcher);
        http.setExecutor(executor);
    }

    /** Starts serving; the caller closes the server before closing {@code streams}. */
    public static FactwireServer start(KafkaStreams streams, Topics topics, ServingOptions options) throws IOException {
        FactwireServer server = new FactwireServer(streams, topics, options);
        server.monitor.start();
        server.cache.start();
        server.http.start();
        LOG.info("factwire serving on http://{}:{}/ (advertised as {})", options.bindHost(), server.port(),
                InstanceDirectory.address(options.advertised()));
        return server;
    }

    /** The port the server listens on (the one chosen when the options asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The page's URL as other machines and instances reach it: the advertised endpoint. */
    public URI uri() {
        return URI.create("http://" + InstanceDirectory.address(options.advertised()) + "/");
    }

    @Override
    public void close() {
        stream.close();
        http.stop(STOP_DELAY_SECONDS);
        executor.close();
        monitor.close();
        cache.close();
        peers.close();
        admin.close();
        metrics.close();
    }
}
