package io.factwire.processor.dedup;

/**
 * One article looking itself up under one bucket key (the record key). Near probes carry the article's sketch
 * so the bucket can confirm candidates on the spot; exact probes ({@code sketch == null}) match on the key alone.
 */
record Probe(String articleId, long ingested, int expectedReplies, ContainmentSketch sketch) {
    boolean exact() {
        return sketch == null;
    }
}
