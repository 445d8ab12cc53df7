package io.factwire.processor.dedup;

import java.util.Arrays;

/**
 * Bottom-k MinHash sketch of a shingle set: the k smallest 31-bit shingle hashes, the set's size, and how many of
 * its shingles occur outside quotations.
 *
 * <p>Unlike a k-permutation signature, two bottom-k sketches estimate containment of a short text in a long one
 * directly: below the smaller of the two sketches' k-th hash both sketches hold every hash of their sets, so that
 * range is a uniform sample of both sets and of their intersection. For texts of at most k shingles the estimate
 * is exact. Each kept value carries in its lowest bit whether the shingle occurs outside quotations, so the same
 * sample also estimates containment of the unquoted text.
 */
public record ContainmentSketch(int shingleCount, int unquotedCount, int[] smallestHashes) {
    private static final int HASH_BITS = ~1;

    public ContainmentSketch {
        for (int i = 1; i < smallestHashes.length; i++) {
            if ((smallestHashes[i - 1] & HASH_BITS) >= (smallestHashes[i] & HASH_BITS)) {
                throw new IllegalArgumentException("sketch hashes must be strictly ascending (position " + i + ")");
            }
        }
    }

    public static ContainmentSketch of(WordShingles.Shingles shingles, int k) {
        // Top 31 bits of each hash, the unquoted flag below them; a shingle met both ways counts as unquoted.
        int[] values = new int[shingles.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((int) (shingles.hashes()[i] >>> 32) & HASH_BITS) | (shingles.unquoted()[i] ? 1 : 0);
        }
        Arrays.sort(values);
        int distinct = 0, unquoted = 0;
        for (int value : values) {
            if (distinct > 0 && (values[distinct - 1] & HASH_BITS) == (value & HASH_BITS)) {
                values[distinct - 1] |= value & 1;
            } else {
                values[distinct++] = value;
            }
        }
        for (int i = 0; i < distinct; i++) unquoted += values[i] & 1;
        return new ContainmentSketch(distinct, unquoted, Arrays.copyOf(values, Math.min(k, distinct)));
    }

    /** Estimated Jaccard, containment of the smaller text in the other, and the same for their unquoted parts. */
    public Similarity compare(ContainmentSketch other) {
        long limit = Math.min(sampleLimit(), other.sampleLimit());
        int[] a = smallestHashes, b = other.smallestHashes;
        int mine = 0, theirs = 0, shared = 0, mineUnquoted = 0, theirsUnquoted = 0, sharedUnquoted = 0;
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            long x = i < a.length ? a[i] & HASH_BITS : Long.MAX_VALUE;
            long y = j < b.length ? b[j] & HASH_BITS : Long.MAX_VALUE;
            long next = Math.min(x, y);
            if (next > limit) break;
            boolean xUnquoted = x == next && (a[i] & 1) == 1;
            boolean yUnquoted = y == next && (b[j] & 1) == 1;
            if (x == next) { mine++; i++; }
            if (y == next) { theirs++; j++; }
            if (xUnquoted) mineUnquoted++;
            if (yUnquoted) theirsUnquoted++;
            if (x == y) shared++;
            if (xUnquoted && yUnquoted) sharedUnquoted++;
        }
        if (mine == 0 || theirs == 0) return Similarity.NONE;
        int smaller = shingleCount <= other.shingleCount ? mine : theirs;
        int smallerUnquoted = unquotedCount <= other.unquotedCount ? mineUnquoted : theirsUnquoted;
        return new Similarity((double) shared / (mine + theirs - shared), (double) shared / smaller,
                smallerUnquoted == 0 ? 0 : (double) sharedUnquoted / smallerUnquoted);
    }

    /** Hashes up to this value are all in the sketch: the whole set when it fits, else up to the k-th hash. */
    private long sampleLimit() {
        return smallestHashes.length < shingleCount
                ? smallestHashes[smallestHashes.length - 1] & HASH_BITS
                : Long.MAX_VALUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContainmentSketch s && s.shingleCount == shingleCount && s.unquotedCount == unquotedCount
                && Arrays.equals(s.smallestHashes, smallestHashes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * shingleCount + unquotedCount) + Arrays.hashCode(smallestHashes);
    }

    @Override
    public String toString() {
        return "ContainmentSketch[shingles=" + shingleCount + ", unquoted=" + unquotedCount + ", kept="
                + smallestHashes.length + "]";
    }
}
