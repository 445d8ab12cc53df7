package io.factwire.bench.child;

import io.factwire.avro.Article;
import io.factwire.schemas.Topic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The cheapest topology that still does what every factwire record costs at the edges: read {@code articles},
 * decode the Avro value, encode it again and write it, exactly once. Its throughput is the ceiling the broker, the
 * serde and the transactions leave for the real work.
 */
final class PassThroughTopology {

    private PassThroughTopology() {
    }

    static Topology build(Topic<String, Article> articles, String sinkTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(articles.name(), Consumed.with(articles.keySerde(), articles.valueSerde()).withName("bench-source"))
                .to(sinkTopic, Produced.with(articles.keySerde(), articles.valueSerde()).withName("bench-sink"));
        return builder.build();
    }
}
