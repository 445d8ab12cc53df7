package io.factwire.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuProfileTest {

    @Test
    void samplesAreChargedToTheComponentOfTheirPackage() {
        assertThat(CpuProfile.componentOf("io.factwire.extractor.ClaimGrammar")).isEqualTo("extraction");
        assertThat(CpuProfile.componentOf("com.dynatrace.hash4j.hashing.Komihash5_0"))
                .startsWith("dedup");
        assertThat(CpuProfile.componentOf("org.apache.avro.io.BinaryEncoder")).isEqualTo("Avro serde");
        assertThat(CpuProfile.componentOf("org.rocksdb.RocksDB")).isEqualTo("RocksDB");
        assertThat(CpuProfile.componentOf("org.apache.kafka.streams.state.internals.CachingKeyValueStore"))
                .startsWith("Kafka Streams state stores");
        assertThat(CpuProfile.componentOf("org.apache.kafka.streams.processor.internals.StreamTask"))
                .isEqualTo("Kafka Streams runtime");
        assertThat(CpuProfile.componentOf("org.apache.kafka.common.record.MemoryRecords")).startsWith("Kafka client");
        assertThat(CpuProfile.componentOf("org.example.Thing")).isEqualTo("other: org.example");
    }
}
