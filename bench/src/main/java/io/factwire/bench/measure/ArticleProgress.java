package io.factwire.bench.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * End-to-end progress of a multi-stage application in articles, from looks at its consumer group. Each input topic
 * (the source, then each repartition topic) has done the share {@code (committed - start) / (final - start)} of its
 * records; an article is through the whole application once the slowest stage is past it, so progress is the
 * workload times the smallest share. This stays honest when the first stage races ahead of the others, which a
 * count of the first stage's output alone would not.
 *
 * <p>It assumes that each stage's records are spread evenly over the articles (a stage with two records for every
 * article of a window has done half the window after its first record of each): true of a stationary workload.
 */
public final class ArticleProgress {

    private ArticleProgress() {
    }

    /**
     * When each of {@code articles} articles was through, in nanoseconds since {@code originNanos}, interpolated
     * linearly between looks.
     *
     * @param looks the looks in time order; the last one is taken as the end of every topic
     * @param start per topic, the committed offsets at the origin (topics left out start at 0)
     */
    public static long[] completionNanos(List<GroupProgress.Snapshot> looks, Map<String, Long> start, int articles,
                                         long originNanos) {
        long[] completions = new long[articles];
        if (looks.isEmpty() || articles == 0) {
            return completions;
        }
        Map<String, Long> end = looks.getLast().committedByTopic();
        double previousProgress = 0;
        long previousNanos = originNanos;
        int next = 0;
        for (GroupProgress.Snapshot look : looks) {
            double progress = articles * smallestShare(look.committedByTopic(), start, end);
            while (next < articles && progress >= next + 1) {
                double between = progress == previousProgress ? 1 : (next + 1 - previousProgress) / (progress - previousProgress);
                completions[next++] = previousNanos - originNanos + Math.round(between * (look.nanos() - previousNanos));
            }
            previousProgress = progress;
            previousNanos = look.nanos();
        }
        while (next < articles) {
            completions[next++] = previousNanos - originNanos;
        }
        return completions;
    }

    /**
     * Each input topic's records and when the application had committed the last of them, in seconds since
     * {@code originNanos}: the stage that finishes last is the one that held the run up.
     */
    public static List<Stage> stages(List<GroupProgress.Snapshot> looks, Map<String, Long> start, long originNanos) {
        if (looks.isEmpty()) {
            return List.of();
        }
        Map<String, Long> end = looks.getLast().committedByTopic();
        List<Stage> stages = new ArrayList<>();
        end.forEach((topic, last) -> {
            long from = start.getOrDefault(topic, 0L);
            long doneAt = looks.stream().filter(look -> look.committedByTopic().getOrDefault(topic, from) >= last)
                    .findFirst().orElseThrow().nanos();
            stages.add(new Stage(topic, last - from, (doneAt - originNanos) / 1e9));
        });
        stages.sort(Comparator.comparingDouble(Stage::doneSeconds));
        return stages;
    }

    /** An input topic of the application: its records in the run and when the last was committed. */
    public record Stage(String topic, long records, double doneSeconds) {
    }

    static double smallestShare(Map<String, Long> committed, Map<String, Long> start, Map<String, Long> end) {
        double smallest = 1;
        for (Map.Entry<String, Long> topic : end.entrySet()) {
            long from = start.getOrDefault(topic.getKey(), 0L);
            long total = topic.getValue() - from;
            if (total > 0) {
                long done = committed.getOrDefault(topic.getKey(), from) - from;
                smallest = Math.min(smallest, Math.clamp((double) done / total, 0, 1));
            }
        }
        return smallest;
    }
}
