package io.factwire.processor;

import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * What each Kafka Streams thread of an instance is doing, for the log line of an instance that did not become
 * RUNNING in time: a thread's state and tasks say which one holds the instance back, and its stack says on what
 * (a restore, a transaction, a rebalance), which is what an operator needs to tell a slow start from a stuck one.
 */
final class StartupDiagnosis {

    private static final int FRAMES = 12;

    private StartupDiagnosis() {}

    static String of(KafkaStreams streams) {
        StringBuilder text = new StringBuilder();
        try {
            for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
                text.append("\n  ").append(thread.threadName()).append(": ").append(thread.threadState())
                        .append(", active ").append(thread.activeTasks().stream().map(task -> task.taskId().toString()).sorted().toList())
                        .append(", standby ").append(thread.standbyTasks().stream().map(task -> task.taskId().toString()).sorted().toList());
            }
        } catch (RuntimeException e) {
            text.append("\n  (thread metadata not available: ").append(e.getMessage()).append(')');
        }
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            String name = entry.getKey().getName();
            if (!name.contains("StreamThread") && !name.contains("StateUpdater")) continue;
            text.append("\n  stack of ").append(name).append(" (").append(entry.getKey().getState()).append("):");
            StackTraceElement[] frames = entry.getValue();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) text.append("\n    at ").append(frames[i]);
        }
        return text.toString();
    }
}
