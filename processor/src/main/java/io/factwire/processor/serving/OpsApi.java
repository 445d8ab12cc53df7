package io.factwire.processor.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.processor.serving.lag.ConsumerGroupLag;
import io.factwire.processor.serving.lag.LagReport;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;

/** Health, lag and the operations summary the page's ops panel polls. */
final class OpsApi {

    private static final Duration LAG_TIMEOUT = Duration.ofSeconds(5);
    /** The page polls every few seconds, maybe from several tabs: one lag computation a second is plenty. */
    private static final Duration LAG_REUSE = Duration.ofSeconds(1);

    private final KafkaStreams streams;
    private final ServingOptions options;
    private final InstanceDirectory directory;
    private final ConsumerGroupLag lag;
    private final PipelineMonitor monitor;
    private final CommittedTopicsCache cache;
    private final FactUpdateStream stream;
    private final Clock clock;
    private final Liveness liveness;
    private LagReport lastLag;

    OpsApi(KafkaStreams streams, ServingOptions options, InstanceDirectory directory, ConsumerGroupLag lag,
           PipelineMonitor monitor, CommittedTopicsCache cache, FactUpdateStream stream, Clock clock) {
        this.streams = streams;
        this.options = options;
        this.directory = directory;
        this.lag = lag;
        this.monitor = monitor;
        this.cache = cache;
        this.stream = stream;
        this.clock = clock;
        this.liveness = new Liveness(streams, clock);
    }

    /**
     * 200 unless restarting would help ({@link Liveness}: NOT_RUNNING or ERROR, stream threads that keep dying, a
     * stream thread that stopped polling): a rebalance or a restore is alive and well.
     */
    Response live(Request request) {
        request.allowOnly(Set.of());
        KafkaStreams.State state = streams.state();
        var problem = liveness.problem();
        ObjectNode body = health(problem.isEmpty(), state);
        problem.ifPresent(why -> body.put("reason", why));
        return Response.json(problem.isEmpty() ? 200 : 503, body);
    }

    /** 200 only when RUNNING: the stores are restored and queries get whole answers. */
    Response ready(Request request) {
        request.allowOnly(Set.of());
        KafkaStreams.State state = streams.state();
        boolean ready = state == KafkaStreams.State.RUNNING;
        return Response.json(ready ? 200 : 503, health(ready, state).put("cacheLoaded", cache.ready()));
    }

    private ObjectNode health(boolean up, KafkaStreams.State state) {
        return Response.object().put("status", up ? "UP" : "DOWN").put("state", state.name())
                .put("instance", InstanceDirectory.address(options.advertised()));
    }

    /** The processor's consumer group lag: {@link LagReport#toJson()}. */
    Response lag(Request request) {
        request.allowOnly(Set.of());
        return Response.ok(lagReport().toJson());
    }

    private synchronized LagReport lagReport() {
        if (lastLag != null && Duration.between(lastLag.at(), clock.instant()).compareTo(LAG_REUSE) < 0) return lastLag;
        try {
            lastLag = lag.compute(options.applicationId(), LAG_TIMEOUT);
        } catch (ConsumerGroupLag.NoSuchGroupException e) {
            lastLag = new LagReport(options.applicationId(), clock.instant(), List.of());
        } catch (ExecutionException | TimeoutException e) {
            throw ApiException.unavailable("cannot read the lag of group " + options.applicationId() + ": "
                    + (e instanceof ExecutionException ? e.getCause() : e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while reading the lag", e);
        }
        return lastLag;
    }

    /** The ops panel keeps answering while Kafka Streams has no metadata (starting, stopped): no instances then. */
    private List<String> instances() {
        try {
            return directory.all();
        } catch (ApiException notYet) {
            return List.of();
        }
    }

    /**
     * {@code {"instance","state","instances","cacheLoaded","liveClients","uptimeSeconds","counts":{...},
     * "latency":{"count","meanMs","maxMs"}}}: counts since this server started (dead letters: the whole topic).
     */
    Response ops(Request request) {
        request.allowOnly(Set.of());
        ObjectNode body = Response.object()
                .put("instance", InstanceDirectory.address(options.advertised()))
                .put("state", streams.state().name())
                .put("applicationId", options.applicationId());
        body.putArray("instances").addAll(instances().stream().map(body::textNode).toList());
        body.put("cacheLoaded", cache.ready())
                .put("liveClients", stream.clients())
                .put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        ObjectNode counts = body.putObject("counts");
        monitor.counts().forEach((name, count) -> counts.put(name, count.longValue()));
        Timer latency = monitor.latency();
        body.putObject("latency")
                .put("count", latency.count())
                .put("meanMs", Math.round(latency.mean(TimeUnit.MILLISECONDS)))
                .put("maxMs", Math.round(latency.max(TimeUnit.MILLISECONDS)));
        return Response.ok(body);
    }
}
