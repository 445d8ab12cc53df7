package io.factwire.processor.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sketches the confirm step compares: of the whole text, and of its opening (the first
 * {@link DedupConfig#leadShingles()} shingles) when the text is longer than that.
 *
 * <p>A teaser or summary that copies the lead of a long article shares most of its own text but a tiny part of
 * the article's (containment 0.8, Jaccard 0.02 for 29 shingles in 850): on the whole texts it neither meets the
 * Jaccard floor nor, with one row per band, shares a band often enough. Against the lead alone it does both. Only
 * a text no longer than the lead is compared with a lead: two long texts sharing an opening are judged whole.
 */
public record TextSketch(ContainmentSketch whole, ContainmentSketch lead) {

    /** The best comparison that passes the confirm rule, if any. */
    public Optional<Similarity> nearCopy(TextSketch other, DedupConfig config) {
        List<Similarity> readings = new ArrayList<>(2);
        readings.add(whole.compare(other.whole));
        if (other.lead != null && whole.shingleCount() <= config.leadShingles()) {
            readings.add(whole.compare(other.lead));
        }
        if (lead != null && other.whole.shingleCount() <= config.leadShingles()) {
            readings.add(other.whole.compare(lead));
        }
        return readings.stream().filter(s -> s.isNearCopy(config)).max(Comparator.comparingDouble(Similarity::score));
    }
}
