package io.factwire.processor.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.processor.order.RankOrder;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.assignment.KafkaStreamsAssignment;
import org.apache.kafka.streams.processor.assignment.KafkaStreamsAssignment.AssignedTask;
import org.apache.kafka.streams.processor.assignment.ProcessId;
import org.apache.kafka.streams.processor.assignment.TaskInfo;
import org.apache.kafka.streams.processor.assignment.TaskTopicPartition;
import org.junit.jupiter.api.Test;

class DecisionApartTest {

    private static final TaskId DECISION = new TaskId(1, 0);
    private final Map<TaskId, TaskInfo> tasks = new HashMap<>();

    DecisionApartTest() {
        for (int partition = 0; partition < 6; partition++) {
            tasks.put(text(partition), info(text(partition), "articles", Set.of("dedup-seen-ids")));
            tasks.put(new TaskId(2, partition), info(new TaskId(2, partition), "app-claims-articles-repartition", Set.of("claims-by-article")));
        }
        tasks.put(DECISION, info(DECISION, "app-dedup-sequence-0-repartition", Set.of(RankOrder.STORE, "dedup-entries")));
    }

    @Test
    void theDecisionsInstanceGivesItsTextTasksToTheOthersAndKeepsTheRest() {
        KafkaStreamsAssignment deciding = client(active(DECISION), active(text(0)), active(text(2)), active(new TaskId(2, 1)));
        KafkaStreamsAssignment second = client(active(text(1)), active(new TaskId(2, 0)));
        KafkaStreamsAssignment third = client(active(text(3)), active(text(4)), active(text(5)), active(new TaskId(2, 2)));

        DecisionApart.setApart(List.of(deciding, second, third), tasks);

        assertThat(ids(deciding)).containsExactlyInAnyOrder(DECISION, new TaskId(2, 1));
        assertThat(ids(second)).contains(text(0), text(1), text(2));
        assertThat(ids(third)).containsExactlyInAnyOrder(text(3), text(4), text(5), new TaskId(2, 2));
    }

    @Test
    void aStandbyWhereTheTaskGoesTradesPlacesWithIt() {
        KafkaStreamsAssignment deciding = client(active(DECISION), active(text(0)));
        KafkaStreamsAssignment other = client(standby(text(0)), active(text(1)));

        DecisionApart.setApart(List.of(deciding, other), tasks);

        assertThat(deciding.tasks()).containsValues(active(DECISION), standby(text(0))).hasSize(2);
        assertThat(other.tasks()).containsValues(active(text(0)), active(text(1))).hasSize(2);
    }

    @Test
    void oneInstanceKeepsEverything() {
        KafkaStreamsAssignment only = client(active(DECISION), active(text(0)));
        Collection<KafkaStreamsAssignment> result = DecisionApart.setApart(List.of(only), tasks);
        assertThat(ids(result.iterator().next())).containsExactlyInAnyOrder(DECISION, text(0));
    }

    private static TaskId text(int partition) {
        return new TaskId(0, partition);
    }

    private static AssignedTask active(TaskId id) {
        return new AssignedTask(id, AssignedTask.Type.ACTIVE);
    }

    private static AssignedTask standby(TaskId id) {
        return new AssignedTask(id, AssignedTask.Type.STANDBY);
    }

    private static KafkaStreamsAssignment client(AssignedTask... tasks) {
        return KafkaStreamsAssignment.of(new ProcessId(UUID.randomUUID()), Arrays.stream(tasks).collect(Collectors.toSet()));
    }

    private static Set<TaskId> ids(KafkaStreamsAssignment client) {
        return client.tasks().keySet();
    }

    private static TaskInfo info(TaskId id, String source, Set<String> stores) {
        TaskTopicPartition partition = new TaskTopicPartition() {
            @Override
            public TopicPartition topicPartition() {
                return new TopicPartition(source, id.partition());
            }

            @Override
            public boolean isSource() {
                return true;
            }

            @Override
            public boolean isChangelog() {
                return false;
            }

            @Override
            public Optional<Set<String>> rackIds() {
                return Optional.empty();
            }
        };
        return new TaskInfo() {
            @Override
            public TaskId id() {
                return id;
            }

            @Override
            public boolean isStateful() {
                return true;
            }

            @Override
            public Set<String> stateStoreNames() {
                return stores;
            }

            @Override
            public Set<TaskTopicPartition> topicPartitions() {
                return Set.of(partition);
            }
        };
    }
}
