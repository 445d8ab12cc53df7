package io.factwire.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/** Broker settings shared by both ways of running Kafka here; listener and directory settings are not in it. */
final class BrokerConfigs {

    private BrokerConfigs() {
    }

    static Map<String, String> forBrokers(int brokers) {
        boolean single = brokers == 1;
        String replicas = single ? "1" : "3";
        // With three replicas, two in sync lets acks=all survive one stopped broker and still never acknowledge
        // a write held by one broker only.
        String minIsr = single ? "1" : "2";
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("auto.create.topics.enable", "false");
        configs.put("default.replication.factor", replicas);
        configs.put("min.insync.replicas", minIsr);
        configs.put("offsets.topic.replication.factor", replicas);
        configs.put("transaction.state.log.replication.factor", replicas);
        configs.put("transaction.state.log.min.isr", minIsr);
        configs.put("share.coordinator.state.topic.replication.factor", replicas);
        configs.put("share.coordinator.state.topic.min.isr", minIsr);
        // 50 partitions each (the defaults) make the first group or transaction wait for 50 coordinator loads.
        configs.put("offsets.topic.num.partitions", "5");
        configs.put("transaction.state.log.num.partitions", "5");
        // Streams apps reach RUNNING in 1-2 s instead of waiting 3 s for more members that never come.
        configs.put("group.initial.rebalance.delay.ms", "0");
        // The 128 MiB default is allocated on heap at start and fails a small-heap JVM.
        configs.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        configs.put("num.network.threads", "2");
        configs.put("num.io.threads", "4");
        // Only what a production broker would accept: no early-access APIs or feature levels.
        configs.put("unstable.api.versions.enable", "false");
        configs.put("unstable.feature.versions.enable", "false");
        if (!single) {
            // Fault tests: the controller fences a lost broker within 5 s instead of 9 s. Not shorter: with 2 s, a
            // busy 2-core machine delayed heartbeats enough to fence healthy brokers.
            configs.put("broker.session.timeout.ms", "5000");
            configs.put("broker.heartbeat.interval.ms", "500");
        }
        return configs;
    }
}
