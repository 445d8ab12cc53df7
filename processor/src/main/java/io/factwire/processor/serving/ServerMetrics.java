package io.factwire.processor.serving;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus registry behind {@code GET /metrics}: Kafka Streams' own metrics (Micrometer's binder:
 * {@code kafka_stream_*}), the JVM's, and factwire's counters and latency ({@link PipelineMonitor}).
 */
final class ServerMetrics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerMetrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<MeterBinder> binders;

    ServerMetrics(KafkaStreams streams, String applicationId) {
        registry.config().commonTags("application", applicationId);
        binders = List.of(new KafkaStreamsMetrics(streams), new JvmMemoryMetrics(), new JvmGcMetrics(),
                new JvmThreadMetrics(), new ClassLoaderMetrics(), new ProcessorMetrics(), new UptimeMetrics());
        binders.forEach(binder -> binder.bindTo(registry));
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Prometheus text exposition format 0.0.4. */
    Response scrape() {
        return Response.text(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
    }

    @Override
    public void close() {
        for (MeterBinder binder : binders) {
            if (binder instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing metrics binder {}", binder.getClass().getSimpleName(), e);
                }
            }
        }
        registry.close();
    }
}
