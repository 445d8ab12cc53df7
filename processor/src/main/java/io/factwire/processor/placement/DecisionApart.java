package io.factwire.processor.placement;

import io.factwire.processor.order.RankOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.assignment.ApplicationState;
import org.apache.kafka.streams.processor.assignment.KafkaStreamsAssignment;
import org.apache.kafka.streams.processor.assignment.KafkaStreamsAssignment.AssignedTask;
import org.apache.kafka.streams.processor.assignment.TaskAssignor;
import org.apache.kafka.streams.processor.assignment.TaskInfo;
import org.apache.kafka.streams.processor.assignment.assignors.StickyTaskAssignor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Task placement (Kafka Streams {@code task.assignor.class}): Kafka's sticky assignment, then the decision task gets
 * its processor instance to itself, as far as the text work goes.
 *
 * <p>The decision (the rank merge, dedup, event assignment: the task that holds {@value RankOrder#STORE}) is one task
 * and bounds throughput. Kafka Streams gives every task of an instance's threads an equal number of records per round,
 * whatever each costs, so while a backlog of articles lasts, an instance that also runs text tasks (the tasks that
 * read {@code articles}: decode, signature, features, claims, some 1.2 ms of CPU an article) decides only between
 * them. With two or more instances, the text tasks of the decision's instance move to the others, those with fewest
 * active tasks first; the light tasks after the decision (claims, facts) stay where Kafka put them. One instance: no
 * change.
 */
public final class DecisionApart implements TaskAssignor {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionApart.class);

    private final TaskAssignor sticky = new StickyTaskAssignor();

    @Override
    public TaskAssignment assign(ApplicationState state) {
        TaskAssignment base = sticky.assign(state);
        return new TaskAssignment(setApart(base.assignment(), state.allTasks()));
    }

    /** The assignment with the text tasks of the decision's instance moved to the other instances. */
    static Collection<KafkaStreamsAssignment> setApart(Collection<KafkaStreamsAssignment> assignment, Map<TaskId, TaskInfo> tasks) {
        if (assignment.size() < 2) return assignment;
        Optional<KafkaStreamsAssignment> deciding = assignment.stream()
                .filter(client -> client.tasks().values().stream().anyMatch(task -> isActive(task) && isDecision(tasks.get(task.id()))))
                .findFirst();
        if (deciding.isEmpty()) return assignment;
        List<KafkaStreamsAssignment> others = assignment.stream().filter(client -> client != deciding.get()).toList();
        List<AssignedTask> moving = deciding.get().tasks().values().stream()
                .filter(task -> isActive(task) && readsArticles(tasks.get(task.id())))
                .sorted(Comparator.comparing(AssignedTask::id))
                .toList();
        for (AssignedTask task : moving) {
            KafkaStreamsAssignment target = others.stream()
                    .min(Comparator.comparingLong(DecisionApart::activeTasks).thenComparing(KafkaStreamsAssignment::processId))
                    .orElseThrow();
            deciding.get().removeTask(task);
            // A standby of the task where it goes would be a second copy there: it trades places with the active one.
            AssignedTask standby = new AssignedTask(task.id(), AssignedTask.Type.STANDBY);
            if (target.tasks().containsKey(task.id())) {
                target.removeTask(standby);
                deciding.get().assignTask(standby);
            }
            target.assignTask(task);
        }
        if (!moving.isEmpty()) {
            LOG.info("placement: the decision's instance {} handed its text tasks {} to the other instances",
                    deciding.get().processId(), moving.stream().map(AssignedTask::id).toList());
        }
        return new ArrayList<>(assignment);
    }

    private static boolean isActive(AssignedTask task) {
        return task.type() == AssignedTask.Type.ACTIVE;
    }

    private static long activeTasks(KafkaStreamsAssignment client) {
        return client.tasks().values().stream().filter(DecisionApart::isActive).count();
    }

    private static boolean isDecision(TaskInfo task) {
        return task != null && task.stateStoreNames().contains(RankOrder.STORE);
    }

    /** Text tasks read a topic of the application's user, {@code articles}; the others read its internal topics. */
    private static boolean readsArticles(TaskInfo task) {
        return task != null && task.topicPartitions().stream()
                .anyMatch(partition -> partition.isSource() && !partition.topicPartition().topic().endsWith("-repartition"));
    }
}
