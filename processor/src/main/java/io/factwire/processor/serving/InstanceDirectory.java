package io.factwire.processor.serving;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which instance of the application holds what, from Kafka Streams' metadata ({@code application.server} of
 * every instance). The fact table is partitioned by EVENT id (the topology repartitions the claims by event so one
 * task derives an event's totals), not by fact key: the owner of a fact is the owner of its event's partition, found
 * with the event id and the same default partitioner the repartition topic uses.
 */
final class InstanceDirectory {

    private final KafkaStreams streams;
    private final String storeName;
    private final HostInfo self;

    /** @param self this instance's advertised endpoint: its {@code application.server} */
    InstanceDirectory(KafkaStreams streams, String storeName, HostInfo self) {
        this.streams = streams;
        this.storeName = storeName;
        this.self = Objects.requireNonNull(self, "self");
    }

    /** The active owner of an event's facts and the partition they are in. */
    KeyQueryMetadata ownerOfEvent(String event) {
        KeyQueryMetadata owner = metadata(() -> streams.queryMetadataForKey(storeName, event, Serdes.String().serializer()));
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw ApiException.unavailable("no instance owns the facts of event '" + event
                    + "' right now (state " + streams.state() + "); retry shortly");
        }
        return owner;
    }

    /**
     * Whether a host is this instance. Without {@code application.server} Kafka Streams knows no hosts and answers
     * "unavailable" for every key: a single instance, which owns everything.
     */
    boolean isSelf(HostInfo host) {
        return host.equals(self) || host.equals(HostInfo.unavailable());
    }

    /** The other instances that run the fact store, active or standby. */
    List<HostInfo> others() {
        return metadata(() -> streams.streamsMetadataForStore(storeName)).stream()
                .map(StreamsMetadata::hostInfo)
                .filter(host -> !isSelf(host))
                .distinct()
                .toList();
    }

    /** Every instance of the application as {@code host:port}, this one included. */
    List<String> all() {
        return metadata(streams::metadataForAllStreamsClients).stream()
                .map(StreamsMetadata::hostInfo)
                .filter(host -> !host.equals(HostInfo.unavailable()))
                .map(InstanceDirectory::address)
                .distinct()
                .sorted()
                .toList();
    }

    /** Kafka Streams has no metadata before it first joins the group or after it stopped: a 503, not a 500. */
    private <T> T metadata(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalStateException | StreamsException e) {
            throw ApiException.unavailable("Kafka Streams is " + streams.state() + ": no instance metadata yet ("
                    + e.getMessage() + "); retry shortly", e);
        }
    }

    HostInfo self() {
        return self;
    }

    static String address(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}
