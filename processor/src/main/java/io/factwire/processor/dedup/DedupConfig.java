package io.factwire.processor.dedup;

import io.factwire.processor.config.ConfigValues;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the dedup stage.
 *
 * @param retention     how long (event time) an article stays in the index and can be matched by a later copy
 * @param shingleSize   words per shingle
 * @param sketchSize    hashes kept in an article's bottom-k sketch (the confirm step estimates Jaccard and
 *                      containment from two sketches; exact for articles with at most this many shingles)
 * @param bands         LSH bands; each band is one bucket key, so one probe and one index entry per article
 * @param rowsPerBand   MinHash values per band (1 favours recall of short texts copied into long ones)
 * @param containment   minimum estimated containment of the smaller text in the larger to call it a copy
 * @param jaccard       minimum estimated Jaccard similarity, in addition to containment
 * @param unquotedContainment minimum containment counting only shingles outside quotations: independent reports
 *                      share the statements they quote, copies share the narrative too
 * @param minShingles   texts with fewer shingles are too short to be judged near copies (exact keys still apply)
 * @param maxBucketScan most recent entries compared per bucket, so a boilerplate bucket cannot make cost grow
 * @param leadShingles  size of a text's opening, indexed and sketched on its own when the text is longer, so a
 *                      short text copying the lead of a long one is found (see {@link TextSketch})
 * @param leadBands     LSH bands of the lead indexed (the first of the {@code bands}): a copied lead shares a
 *                      large part of it, so few bands find it
 * @param maxConfirmations candidates whose sketches are compared per article, those sharing most band keys first:
 *                      a copy shares many bands, a text that merely shares a sentence or two shares one, and
 *                      without a bound those chance candidates grow with the index
 * @param maxIndexed    articles the index holds in memory (some 650 bytes of heap each), whatever the retention: past
 *                      it the oldest are forgotten a few tens of thousands at a time, as if their retention had
 *                      ended. 200,000 fit a 512 MB heap beside the rest; at 100 articles/s they are the last 33 minutes
 */
public record DedupConfig(Duration retention, int shingleSize, int sketchSize, int bands, int rowsPerBand,
                          double containment, double jaccard, double unquotedContainment, int minShingles,
                          int maxBucketScan, int leadShingles, int leadBands, int maxConfirmations, int maxIndexed) {

    public static final String PREFIX = "factwire.dedup.";
    public static final DedupConfig DEFAULTS =
            new DedupConfig(Duration.ofDays(7), 5, 256, 32, 1, 0.5, 0.02, 0.45, 15, 64, 64, 8, 8, 200_000);

    public DedupConfig {
        if (sketchSize > 4096) {
            throw new IllegalArgumentException(PREFIX + "sketch-size " + sketchSize + " exceeds 4096");
        }
        if (bands * rowsPerBand > 1024) throw new IllegalArgumentException(
                PREFIX + "bands x rows-per-band = " + bands * rowsPerBand + " exceeds 1024 MinHash values");
        if (leadBands > bands) throw new IllegalArgumentException(
                PREFIX + "lead-bands " + leadBands + " exceeds bands " + bands);
    }

    /** Reads {@code factwire.dedup.*} keys (retention, shingle-size, sketch-size, bands, rows-per-band, containment,
     * jaccard, unquoted-containment, min-shingles, max-bucket-scan, lead-shingles, lead-bands, max-confirmations,
     * max-indexed);
     * absent keys keep
     * their defaults (lead-bands at most bands). */
    public static DedupConfig from(Map<String, ?> props) {
        ConfigValues p = new ConfigValues(props);
        DedupConfig d = DEFAULTS;
        int bands = p.positiveInt(PREFIX + "bands", d.bands);
        return new DedupConfig(
                p.duration(PREFIX + "retention", d.retention),
                p.positiveInt(PREFIX + "shingle-size", d.shingleSize),
                p.positiveInt(PREFIX + "sketch-size", d.sketchSize),
                bands,
                p.positiveInt(PREFIX + "rows-per-band", d.rowsPerBand),
                p.fraction(PREFIX + "containment", d.containment),
                p.fraction(PREFIX + "jaccard", d.jaccard),
                p.fraction(PREFIX + "unquoted-containment", d.unquotedContainment),
                p.positiveInt(PREFIX + "min-shingles", d.minShingles),
                p.positiveInt(PREFIX + "max-bucket-scan", d.maxBucketScan),
                p.positiveInt(PREFIX + "lead-shingles", d.leadShingles),
                p.positiveInt(PREFIX + "lead-bands", Math.min(d.leadBands, bands)),
                p.positiveInt(PREFIX + "max-confirmations", d.maxConfirmations),
                p.positiveInt(PREFIX + "max-indexed", d.maxIndexed));
    }
}
