package io.factwire.processor.events;

import java.util.List;
import java.util.Map;

/**
 * What the event index needs to know of one article: small (a few hundred bytes), so that articles can be funnelled
 * through the single assignment partition without their bodies.
 *
 * @param articleId the article id
 * @param ingested  when the article was ingested (epoch ms): the clock that ages events out
 * @param published when it was published (epoch ms), or null when unknown
 * @param terms     weighted features, keyed by kind prefix and normalised text (see {@link FeatureExtractor})
 * @param places    place names as written, most mentioned first: label candidates
 * @param months    months the text names or is dated ({@code YYYY-MM}), most mentioned first: label candidates
 */
public record EventFeatures(String articleId, long ingested, Long published, Map<String, Float> terms,
                            List<String> places, List<String> months) {

    public EventFeatures {
        terms = Map.copyOf(terms);
        places = List.copyOf(places);
        months = List.copyOf(months);
    }

    /** The article's time on the news timeline: publication when known, else ingestion. */
    public long time() {
        return published != null ? published : ingested;
    }
}
