package io.factwire.processor.facts;

import io.factwire.processor.config.ConfigValues;
import java.util.Map;

/**
 * Settings of the fact stage.
 *
 * @param maxClaims    claims a fact carries at most (sources and origins are always counted in full)
 * @param historyLimit figure changes a fact keeps in its history, newest last
 */
public record FactConfig(int maxClaims, int historyLimit) {

    public static final String MAX_CLAIMS = "factwire.facts.max-claims";
    public static final String HISTORY_LIMIT = "factwire.facts.history-limit";

    public FactConfig {
        if (maxClaims < 1) throw new IllegalArgumentException(MAX_CLAIMS + " must be at least 1, was " + maxClaims);
        if (historyLimit < 1) throw new IllegalArgumentException(HISTORY_LIMIT + " must be at least 1, was " + historyLimit);
    }

    public static FactConfig defaults() {
        return new FactConfig(FactPolicy.DEFAULT_MAX_CLAIMS, FactEvolution.DEFAULT_HISTORY_LIMIT);
    }

    /** Reads {@value #MAX_CLAIMS} and {@value #HISTORY_LIMIT}, defaults for the missing ones. */
    public static FactConfig from(Map<String, ?> config) {
        ConfigValues values = new ConfigValues(config);
        return new FactConfig(
                values.wholeNumber(MAX_CLAIMS, FactPolicy.DEFAULT_MAX_CLAIMS),
                values.wholeNumber(HISTORY_LIMIT, FactEvolution.DEFAULT_HISTORY_LIMIT));
    }
}
