package io.factwire.processor.facts;

import io.factwire.processor.config.ConfigValues;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the fact stage.
 *
 * @param maxClaims    claims a fact carries at most (sources and origins are always counted in full)
 * @param historyLimit figure changes a fact keeps in its history, newest last
 * @param corroborationRatio how far above the corroborated figure one origin may set best alone
 * @param timelineExact  how far back from a fact's newest timeline point every change is kept
 * @param timelineLimit  timeline points a fact keeps at most
 */
public record FactConfig(int maxClaims, int historyLimit, double corroborationRatio, Duration timelineExact,
                         int timelineLimit) {

    public static final String MAX_CLAIMS = "factwire.facts.max-claims";
    public static final String HISTORY_LIMIT = "factwire.facts.history-limit";
    public static final String CORROBORATION_RATIO = "factwire.facts.corroboration-ratio";
    public static final String TIMELINE_EXACT = "factwire.facts.timeline-exact";
    public static final String TIMELINE_LIMIT = "factwire.facts.timeline-limit";

    public FactConfig {
        if (maxClaims < 1) throw new IllegalArgumentException(MAX_CLAIMS + " must be at least 1, was " + maxClaims);
        if (historyLimit < 1) throw new IllegalArgumentException(HISTORY_LIMIT + " must be at least 1, was " + historyLimit);
        if (!(corroborationRatio >= 1)) {
            throw new IllegalArgumentException(CORROBORATION_RATIO + " must be at least 1, was " + corroborationRatio);
        }
        if (timelineLimit < 1) throw new IllegalArgumentException(TIMELINE_LIMIT + " must be at least 1, was " + timelineLimit);
    }

    public FactConfig(int maxClaims, int historyLimit) {
        this(maxClaims, historyLimit, FactPolicy.DEFAULT_CORROBORATION_RATIO, FactTimeline.DEFAULT_EXACT,
                FactTimeline.DEFAULT_LIMIT);
    }

    public static FactConfig defaults() {
        return new FactConfig(FactPolicy.DEFAULT_MAX_CLAIMS, FactEvolution.DEFAULT_HISTORY_LIMIT);
    }

    /** Reads the settings above, defaults for the missing ones. */
    public static FactConfig from(Map<String, ?> config) {
        ConfigValues values = new ConfigValues(config);
        return new FactConfig(
                values.wholeNumber(MAX_CLAIMS, FactPolicy.DEFAULT_MAX_CLAIMS),
                values.wholeNumber(HISTORY_LIMIT, FactEvolution.DEFAULT_HISTORY_LIMIT),
                values.number(CORROBORATION_RATIO, FactPolicy.DEFAULT_CORROBORATION_RATIO),
                values.duration(TIMELINE_EXACT, FactTimeline.DEFAULT_EXACT),
                values.wholeNumber(TIMELINE_LIMIT, FactTimeline.DEFAULT_LIMIT));
    }
}
