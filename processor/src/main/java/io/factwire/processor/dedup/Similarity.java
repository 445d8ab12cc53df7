package io.factwire.processor.dedup;

/**
 * Estimated similarity of two texts: Jaccard of their shingle sets, containment of the smaller in the larger, and
 * that containment counting only shingles outside quotations.
 */
public record Similarity(double jaccard, double containment, double unquotedContainment) {
    public static final Similarity NONE = new Similarity(0, 0, 0);

    /**
     * The confirm rule: a copy shares enough of the shorter text, enough of the union, and enough of its own
     * narrative (not just the statements every report of the event quotes).
     */
    public boolean isNearCopy(DedupConfig config) {
        return containment >= config.containment() && jaccard >= config.jaccard()
                && unquotedContainment >= config.unquotedContainment();
    }

    /** The figure reported on a near duplicate: the larger of Jaccard and containment. */
    public double score() {
        return Math.max(jaccard, containment);
    }
}
