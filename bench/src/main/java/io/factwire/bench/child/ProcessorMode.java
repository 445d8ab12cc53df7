package io.factwire.bench.child;

import io.factwire.processor.FactwireTopology;
import io.factwire.processor.ProcessorConfig;
import io.factwire.schemas.Topics;
import org.apache.kafka.streams.Topology;

/** Which topology the processor JVM runs; both run with the processor's own configuration and start-up. */
public enum ProcessorMode {

    /** The factwire topology as {@code ./factwire process} runs it. */
    FACTWIRE {
        @Override
        Topology topology(ProcessorConfig config, Topics topics) {
            return FactwireTopology.buildTopology(config);
        }
    },

    /** {@code articles} to {@value ProcessorMode#PASS_THROUGH_SINK_KEY}, decoded and encoded again, exactly once. */
    PASS_THROUGH {
        @Override
        Topology topology(ProcessorConfig config, Topics topics) {
            String sink = config.get(PASS_THROUGH_SINK_KEY);
            if (sink == null) {
                throw new IllegalArgumentException(PASS_THROUGH_SINK_KEY + " is not set");
            }
            return PassThroughTopology.build(topics.articles(), sink);
        }
    };

    /** The topic the pass-through topology writes to. */
    public static final String PASS_THROUGH_SINK_KEY = "factwire.bench.pass-through.sink";

    abstract Topology topology(ProcessorConfig config, Topics topics);
}
