package io.factwire.ingest;

import io.factwire.ingest.input.RejectReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The closing report of one ingest run, printed to stderr whatever happened: what was read, rejected
 * (grouped by reason), published, and, loudly, what was not sent.
 *
 * @param publish      the publish outcome, or null for a dry run or when publishing never started
 * @param elapsed      the whole run, from reading the first input (publish.elapsed() covers sending only)
 * @param stoppedEarly why the run ended before its input did (--strict), or null
 */
record Summary(long read, Map<RejectReason, Long> rejected, String topic, PublishResult publish,
               long publishedBytes, Duration elapsed, String stoppedEarly) {

    Summary {
        rejected = rejected.isEmpty() ? Map.of() : new EnumMap<>(rejected); // reasons in a fixed order
    }

    long rejectedCount() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** 0 when everything read was published, 1 when inputs were rejected, 2 when articles were not sent. */
    int exitCode() {
        if (publish != null && !publish.complete()) {
            return IngestCommand.EXIT_NOT_SENT;
        }
        return rejectedCount() > 0 ? IngestCommand.EXIT_REJECTED : IngestCommand.EXIT_OK;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        String rejectedPart = rejectedCount() == 0 ? "none rejected" : "rejected " + Progress.count(rejectedCount())
                + " (" + rejected.entrySet().stream()
                        .map(entry -> entry.getKey().label() + ": " + Progress.count(entry.getValue()))
                        .collect(Collectors.joining(", ")) + ")";
        lines.add("ingest: read " + Progress.count(read) + " articles, " + rejectedPart);
        if (stoppedEarly != null) {
            lines.add("ingest: stopped early: " + stoppedEarly);
        }
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        if (publish == null) {
            lines.add(String.format(Locale.ROOT, "ingest: dry run, nothing published; %.1f s in all", seconds));
            return lines;
        }
        long attempted = publish.acknowledged() + publish.notSent();
        double publishing = Math.max(publish.elapsed().toNanos() / 1e9, 1e-9);
        lines.add(String.format(Locale.ROOT, "ingest: published %s of %s articles (%.1f MB) to topic %s in %.1f s:"
                        + " %s articles/s; %.1f s in all", Progress.count(publish.acknowledged()),
                Progress.count(attempted), publishedBytes / 1e6, topic, publishing,
                Progress.count(Math.round(publish.acknowledged() / publishing)), seconds));
        if (!publish.complete()) {
            long unnamed = publish.notSent() - publish.notSentIds().size();
            lines.add("ingest: FAILED: " + Progress.count(publish.notSent()) + " articles were NOT published ("
                    + publish.firstError() + "); ids: " + String.join(", ", publish.notSentIds())
                    + (unnamed > 0 ? " and " + Progress.count(unnamed) + " more" : ""));
        }
        return lines;
    }
}
