package io.factwire.processor.serving.lag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The lag of one consumer group on every partition it has committed offsets on, sorted by topic and partition. */
public record LagReport(String group, Instant at, List<PartitionLag> partitions) {

    public LagReport {
        partitions = List.copyOf(partitions);
    }

    public long totalLag() {
        return partitions.stream().mapToLong(PartitionLag::lag).sum();
    }

    public double maxLagSeconds() {
        return partitions.stream().mapToDouble(PartitionLag::lagSeconds).max().orElse(0);
    }

    /**
     * {@code {"group","at","totalLag","maxLagSeconds","partitions":[{"topic","partition","currentOffset",
     * "logEndOffset","lag","lagSeconds"}]}}
     */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode()
                .put("group", group)
                .put("at", at.toString())
                .put("totalLag", totalLag())
                .put("maxLagSeconds", round(maxLagSeconds()));
        ArrayNode rows = root.putArray("partitions");
        for (PartitionLag lag : partitions) {
            rows.addObject()
                    .put("topic", lag.topic())
                    .put("partition", lag.partition())
                    .put("currentOffset", lag.currentOffset())
                    .put("logEndOffset", lag.logEndOffset())
                    .put("lag", lag.lag())
                    .put("lagSeconds", round(lag.lagSeconds()));
        }
        return root;
    }

    /** The table {@code factwire lag} prints, columns as kafka-consumer-groups names them plus LAG-SECONDS. */
    public String toTable() {
        int topicWidth = Math.max("TOPIC".length(), partitions.stream().mapToInt(lag -> lag.topic().length()).max().orElse(0));
        String format = "%-" + topicWidth + "s  %9s  %14s  %14s  %8s  %11s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format,
                "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "LAG-SECONDS"));
        for (PartitionLag lag : partitions) {
            table.append(String.format(Locale.ROOT, format, lag.topic(), lag.partition(), lag.currentOffset(),
                    lag.logEndOffset(), lag.lag(), String.format(Locale.ROOT, "%.1f", lag.lagSeconds())));
        }
        return table.toString();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
