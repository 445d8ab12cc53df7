package io.factwire.processor.events;

import java.util.List;
import java.util.Map;

/**
 * What the event index needs to know of one article: small (a few hundred bytes), so that articles can be funnelled
 * through the single assignment partition without their bodies.
 *
 * @param articleId the article id
 * @param ingested  when the article was ingested (epoch ms): the clock that ages events out
 * @param dated     when it was published (epoch ms), else the start of its dateline's day, or null when unknown
 * @param terms     features and their weights (see {@link FeatureExtractor}), in key order
 * @param places    places it names after "in", "near"...: label candidates, most mentioned first
 * @param names     name phrases as written: label candidates when no place is named, most mentioned first
 * @param months    the month it is dated, else months its dates name ({@code YYYY-MM}): label candidates
 */
public record EventFeatures(String articleId, long ingested, Long dated, Map<String, Float> terms,
                            List<String> places, List<String> names, List<String> months) {

    public EventFeatures {
        terms = Sorted.copy(terms);
        places = List.copyOf(places);
        names = List.copyOf(names);
        months = List.copyOf(months);
    }

    /** The article's time on the news timeline: its date when known, else its ingestion. */
    public long time() {
        return dated != null ? dated : ingested;
    }
}
