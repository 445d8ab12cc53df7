package io.factwire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.FactUpdate;
import io.factwire.schemas.Samples;
import io.factwire.schemas.SerdeConfig;
import io.factwire.schemas.Topics;
import io.factwire.schemas.registry.MockSchemaRegistryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One serde instance used from several threads at once, as Kafka Streams stream threads share a topology's serdes. */
class SerdeConcurrencyTest {

    @Test
    void aSharedSerdeWritesAndReadsFromManyThreadsStartingWithColdCaches() throws Exception {
        MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
        SpecificAvroSerde<FactUpdate> serde = new SpecificAvroSerde<>(FactUpdate.class, registry);
        serde.configure(SerdeConfig.forMock("not-used-registry-is-injected"), false);
        FactUpdate update = FactUpdate.newBuilder(Samples.factUpdate()).setBefore(Samples.factState()).build();
        int threads = 8;
        Callable<Integer> roundTrips = () -> {
            int equal = 0;
            for (int i = 0; i < 500; i++) {
                byte[] bytes = serde.serializer().serialize(Topics.FACT_UPDATES, update);
                if (serde.deserializer().deserialize(Topics.FACT_UPDATES, bytes).equals(update)) equal++;
            }
            return equal;
        };

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) results.add(pool.submit(roundTrips));
            for (Future<Integer> result : results) assertThat(result.get()).isEqualTo(500);
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.getLatest("fact-updates-value").version()).as("registered once").isEqualTo(1);
    }
}
