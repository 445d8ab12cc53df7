package io.factwire.processor.facts;

import io.factwire.avro.Outcome;

/**
 * Keys of the fact stage's stores. NUL separates the parts so that a prefix scan over {@code event NUL outcome NUL}
 * finds exactly the claims of one outcome of one event, whatever characters the ids contain otherwise.
 */
final class FactStoreKeys {

    private static final char SEPARATOR = '\u0000';

    private FactStoreKeys() {}

    /** The claims one article makes about one fact. */
    static String claims(FactKey fact, String article) {
        return outcomePrefix(fact.event(), fact.outcome()) + fact.group().name() + SEPARATOR + article;
    }

    /** Prefix of every claims key of one outcome of one event, all groups. */
    static String outcomePrefix(String event, Outcome outcome) {
        return event + SEPARATOR + outcome.name() + SEPARATOR;
    }

    /** The latest claim set of one article within one event. */
    static String article(String event, String article) {
        return event + SEPARATOR + article;
    }
}
