package io.factwire.processor.pending;

import org.apache.kafka.common.serialization.Serde;

/** Stand-in for io.factwire.schemas.Topic. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
