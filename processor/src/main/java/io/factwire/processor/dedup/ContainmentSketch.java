package io.factwire.processor.dedup;

import java.util.Arrays;

/**
 * Bottom-k MinHash sketch of a shingle set: the k smallest (32-bit) shingle hashes and the set's size.
 *
 * <p>Unlike a k-permutation signature, two bottom-k sketches estimate containment of a short text in a long one
 * directly: below the smaller of the two sketches' k-th hash both sketches hold every hash of their sets, so
 * that range is a uniform sample of both sets and their intersection. For texts of at most k shingles the
 * estimate is exact.
 */
public record ContainmentSketch(int shingleCount, int[] smallestHashes) {

    public ContainmentSketch {
        for (int i = 1; i < smallestHashes.length; i++) {
            if (smallestHashes[i - 1] >= smallestHashes[i]) {
                throw new IllegalArgumentException("sketch hashes must be strictly ascending (position " + i + ")");
            }
        }
    }

    public static ContainmentSketch of(long[] shingleHashes, int k) {
        int[] all = Arrays.stream(shingleHashes).mapToInt(h -> (int) (h >>> 32)).sorted().distinct().toArray();
        return new ContainmentSketch(all.length, Arrays.copyOf(all, Math.min(k, all.length)));
    }

    /** Estimated Jaccard similarity, and containment of the text with fewer shingles in the other. */
    public Similarity compare(ContainmentSketch other) {
        long limit = Math.min(sampleLimit(), other.sampleLimit());
        int mine = 0, theirs = 0, shared = 0;
        int i = 0, j = 0;
        int[] a = smallestHashes, b = other.smallestHashes;
        while (i < a.length || j < b.length) {
            long x = i < a.length ? a[i] : Long.MAX_VALUE;
            long y = j < b.length ? b[j] : Long.MAX_VALUE;
            long next = Math.min(x, y);
            if (next > limit) break;
            if (x == next) { mine++; i++; }
            if (y == next) { theirs++; j++; }
            if (x == y) shared++;
        }
        if (mine == 0 || theirs == 0) return Similarity.NONE;
        int smaller = shingleCount <= other.shingleCount ? mine : theirs;
        return new Similarity((double) shared / (mine + theirs - shared), (double) shared / smaller);
    }

    /** Hashes up to this value are all in the sketch: the whole set when it fits, else up to the k-th hash. */
    private long sampleLimit() {
        return smallestHashes.length < shingleCount ? smallestHashes[smallestHashes.length - 1] : Long.MAX_VALUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContainmentSketch s && s.shingleCount == shingleCount
                && Arrays.equals(s.smallestHashes, smallestHashes);
    }

    @Override
    public int hashCode() {
        return 31 * shingleCount + Arrays.hashCode(smallestHashes);
    }

    @Override
    public String toString() {
        return "ContainmentSketch[shingles=" + shingleCount + ", kept=" + smallestHashes.length + "]";
    }
}
