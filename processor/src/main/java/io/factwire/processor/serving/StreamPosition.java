package io.factwire.processor.serving;

import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Where a live-feed client is in {@code fact-updates}: the next offset to read, per partition. It travels as the
 * SSE event id, so that a reconnecting browser sends it back as {@code Last-Event-ID} and resumes exactly after the
 * last update it saw, on every partition:
 * <pre>fact-updates-3-42@0:13,1:7,2:0,3:43,4:5,5:2</pre>
 * The part before '@' names the record the event carried (topic-partition-offset); after '@' come the positions.
 * A token without '@' ({@code fact-updates-3-42}) resumes partition 3 after offset 42 and the others at their end.
 */
record StreamPosition(Map<Integer, Long> next) {

    StreamPosition {
        next = Collections.unmodifiableMap(new TreeMap<>(next));
    }

    /** The id of an event carrying the record at {@code partition}/{@code offset}, this position being after it. */
    String token(String topic, int partition, long offset) {
        return topic + "-" + partition + "-" + offset + "@" + vector();
    }

    /** The id of the position alone (the first event of a stream, before any update). */
    String token(String topic) {
        return topic + "@" + vector();
    }

    private String vector() {
        StringJoiner joined = new StringJoiner(",");
        next.forEach((partition, offset) -> joined.add(partition + ":" + offset));
        return joined.toString();
    }

    /** Parses a token of {@code topic}; a malformed one is a 400 that quotes it. */
    static StreamPosition parse(String topic, String token) {
        Map<Integer, Long> next = new TreeMap<>();
        int at = token.indexOf('@');
        String record = at < 0 ? token : token.substring(0, at);
        try {
            if (!record.equals(topic)) {
                if (!record.startsWith(topic + "-")) throw new IllegalArgumentException("it does not start with " + topic);
                String[] partitionOffset = record.substring(topic.length() + 1).split("-", -1);
                if (partitionOffset.length != 2) throw new IllegalArgumentException("expected " + topic + "-PARTITION-OFFSET");
                next.put(nonNegativeInt(partitionOffset[0]), nonNegativeLong(partitionOffset[1]) + 1);
            }
            if (at >= 0 && at < token.length() - 1) {
                for (String entry : token.substring(at + 1).split(",", -1)) {
                    String[] parts = entry.split(":", -1);
                    if (parts.length != 2) throw new IllegalArgumentException("'" + entry + "' is not PARTITION:OFFSET");
                    next.put(nonNegativeInt(parts[0]), nonNegativeLong(parts[1]));
                }
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad Last-Event-ID '" + token + "': " + e.getMessage());
        }
        return new StreamPosition(next);
    }

    private static int nonNegativeInt(String text) {
        int value = Integer.parseInt(text);
        if (value < 0) throw new IllegalArgumentException("negative partition " + value);
        return value;
    }

    private static long nonNegativeLong(String text) {
        long value = Long.parseLong(text);
        if (value < 0) throw new IllegalArgumentException("negative offset " + value);
        return value;
    }
}
