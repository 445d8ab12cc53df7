package io.factwire.processor.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import java.util.Arrays;

/**
 * LSH banding over a k-permutation MinHash of a shingle set. Two sets land in the same bucket of band i with
 * probability J^r (r rows per band), so with b bands they become candidates with probability 1-(1-J^r)^b.
 * The permutations are a 64-bit finalizer over the shingle hash xor a per-row seed.
 */
public final class MinHashBands {
    private final int bands;
    private final int rows;
    private final long[] seeds;

    public MinHashBands(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        for (int i = 0; i < seeds.length; i++) seeds[i] = mix(0x5DEECE66DL + i * 0x9E3779B97F4A7C15L);
    }

    /** One key per band, each naming the band and its MinHash values; empty for an empty set. */
    public long[] bandHashes(long[] shingleHashes) {
        if (shingleHashes.length == 0) return new long[0];
        long[] minima = new long[seeds.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingleHashes) {
            for (int row = 0; row < seeds.length; row++) {
                long permuted = mix(shingle ^ seeds[row]);
                if (permuted < minima[row]) minima[row] = permuted;
            }
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            HashStream64 stream = WordShingles.HASHER.hashStream().putInt(band);
            for (int row = band * rows; row < (band + 1) * rows; row++) stream.putLong(minima[row]);
            keys[band] = stream.getAsLong();
        }
        return keys;
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer: a cheap bijective mix with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
