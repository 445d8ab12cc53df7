package io.factwire.processor.events;

import java.util.Arrays;
import java.util.List;

/**
 * The compact description of one article that the event sequencer works on (a few hundred bytes, never the text).
 *
 * @param time   when it happened as far as the article tells: its publication date, else a date in its text,
 *               else its record timestamp (epoch millis)
 * @param terms  its weighted terms (names, content words, years), L2-normalized
 * @param places place names it mentions, most mentioned first
 * @param month  the month of {@code time} as yyyy-MM, or null when only the record timestamp was known
 */
public record EventFeatures(String articleId, long time, TermVector terms, List<String> places, String month) {

    /** The strongest terms: the keys under which candidate events are looked up. */
    public List<String> blockingKeys(int n) {
        return Arrays.asList(terms.strongest(n).terms());
    }
}
