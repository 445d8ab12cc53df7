package io.factwire.processor;

import io.factwire.processor.serving.FactwireServer;
import io.factwire.processor.serving.ServingOptions;
import io.factwire.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * A processor instance as it is deployed: the topology, and the HTTP server (API, live page, probes, metrics)
 * that answers for it. The advertised {@code host:port} becomes {@code application.server}, so that every
 * instance knows which instance owns a key and forwards queries for keys it does not own.
 */
public final class ServedProcessor implements AutoCloseable {

    private final ProcessorApp app;
    private final Topics topics;
    private final FactwireServer server;

    private ServedProcessor(ProcessorApp app, Topics topics, FactwireServer server) {
        this.app = app;
        this.topics = topics;
        this.server = server;
    }

    /**
     * @param httpPort   the port to listen on; 0 picks a free one
     * @param advertised how other instances reach this one ({@code host:port}); null = {@code 127.0.0.1:<port>}
     */
    public static ServedProcessor start(ProcessorConfig config, String httpHost, int httpPort, String advertised,
                                        Duration startupTimeout) throws InterruptedException, TimeoutException {
        // The port must be known before Kafka Streams starts: it is part of the instance's advertised address.
        int port = httpPort == 0 ? freePort(httpHost) : httpPort;
        String endpoint = advertised != null ? advertised : "127.0.0.1:" + port;
        ProcessorConfig served = config.with(StreamsConfig.APPLICATION_SERVER_CONFIG, endpoint);
        ProcessorApp app = ProcessorApp.start(served, startupTimeout);
        Topics topics = new Topics(served.asMap());
        try {
            ServingOptions options = ServingOptions.of(served.adminConfig(), served.registryUrl(),
                    served.applicationId(), httpHost, port, endpoint);
            return new ServedProcessor(app, topics, FactwireServer.start(app.streams(), topics, options));
        } catch (IOException | RuntimeException e) {
            topics.close();
            app.close();
            throw e instanceof IOException io ? new UncheckedIOException("cannot serve HTTP on " + httpHost + ":" + port, io)
                    : (RuntimeException) e;
        }
    }

    /** The page and API, as a user on this machine opens them. */
    public URI uri() {
        return server.uri();
    }

    public ProcessorApp app() {
        return app;
    }

    @Override
    public void close() {
        server.close(); // stop answering before the stores go away
        topics.close();
        app.close();
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }
}
