package io.factwire.processor.serving.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagReportTest {

    private final LagReport report = new LagReport("factwire-processor", Instant.parse("2024-03-05T08:00:00Z"), List.of(
            new PartitionLag("articles", 0, 10, 12, 2, 4.25),
            new PartitionLag("factwire-processor-facts-by-event-repartition", 1, 7, 7, 0, 0)));

    @Test
    void theTableHasTheKafkaConsumerGroupsColumnsAndLagSeconds() {
        List<String> lines = report.toTable().lines().toList();

        assertThat(lines.get(0).split("\\s+")).containsExactly(
                "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "LAG-SECONDS");
        assertThat(lines.get(1).split("\\s+")).containsExactly("articles", "0", "10", "12", "2", "4.3");
        assertThat(lines.get(2).split("\\s+")).containsExactly(
                "factwire-processor-facts-by-event-repartition", "1", "7", "7", "0", "0.0");
    }

    @Test
    void theJsonHasTotalsAndOneRowPerPartition() {
        assertThat(report.toJson().toString()).isEqualTo("{\"group\":\"factwire-processor\",\"at\":\"2024-03-05T08:00:00Z\","
                + "\"totalLag\":2,\"maxLagSeconds\":4.25,\"partitions\":["
                + "{\"topic\":\"articles\",\"partition\":0,\"currentOffset\":10,\"logEndOffset\":12,\"lag\":2,\"lagSeconds\":4.25},"
                + "{\"topic\":\"factwire-processor-facts-by-event-repartition\",\"partition\":1,\"currentOffset\":7,"
                + "\"logEndOffset\":7,\"lag\":0,\"lagSeconds\":0.0}]}");
    }
}
