package io.factwire.bench.workload;

/**
 * The shape of a generated workload.
 *
 * @param copies   share of items that are syndicated copies: an earlier article's text under a new headline,
 *                 dateline and footer, with a new id (dedup should drop them as near duplicates)
 * @param resends  share of items that are exact re-sends of an earlier article: same id, same content (dedup
 *                 should drop them as re-sends)
 * @param remix    true: every pass over the corpus after the first publishes new texts remixed from the topic's
 *                 sentences, so that dedup sees them as unique articles and its index grows; false: the corpus
 *                 text verbatim under a new id, which dedup drops as exact duplicates of the first pass
 */
public record WorkloadMix(double copies, double resends, boolean remix) {

    public WorkloadMix {
        if (!(copies >= 0 && copies < 1)) {
            throw new IllegalArgumentException("--copies must be in [0, 1), was " + copies);
        }
        if (!(resends >= 0 && resends < 1)) {
            throw new IllegalArgumentException("--resends must be in [0, 1), was " + resends);
        }
        if (copies + resends >= 0.9) {
            throw new IllegalArgumentException("--copies + --resends must stay below 0.9 (was " + (copies + resends)
                    + "): copies and re-sends need fresh articles to copy");
        }
    }
}
