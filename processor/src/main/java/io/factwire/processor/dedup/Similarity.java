package io.factwire.processor.dedup;

/** Estimated similarity of two texts: Jaccard of their shingle sets and containment of the smaller in the larger. */
public record Similarity(double jaccard, double containment) {
    public static final Similarity NONE = new Similarity(0, 0);

    /** The confirm rule: a near copy shares enough of the shorter text AND enough of the union. */
    public boolean isNearCopy(DedupConfig config) {
        return containment >= config.containment() && jaccard >= config.jaccard();
    }

    /** The figure reported on a near duplicate: the larger of the two estimates. */
    public double score() {
        return Math.max(jaccard, containment);
    }
}
