package io.factwire.processor.events;

import java.util.Map;
import java.util.Set;

/** The small fixed vocabularies of the feature extractor: English function words and number words. */
final class Words {

    /**
     * Words that are capitalised for grammar, not because they name something: sentence-initial function words,
     * titles, weekdays and months (a weekday says little about which event; dates are read separately).
     */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "this", "that", "these",
            "those", "it", "its", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "our", "their",
            "his", "my", "your", "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "yes",
            "said", "says", "also", "after", "before", "over", "under", "about", "into", "than", "then", "there", "here",
            "up", "down", "out", "off", "more", "most", "very", "just", "can", "could", "will", "would", "should", "may",
            "might", "must", "one", "two", "three", "new", "all", "some", "any", "each", "other", "such", "only", "so",
            "now", "while", "during", "because", "according", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "am", "pm",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "update", "updated", "posted", "published", "breaking", "news", "photo", "video", "read", "share");

    /** Words that introduce a place: "in Almaty", "near Healdsburg". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across");

    /** Scale words after a figure: "$160 million" is {@code #:160m}. */
    static final Map<String, String> SCALES = Map.of("million", "m", "billion", "bn", "thousand", "k", "m", "m",
            "bn", "bn");

    private static final Map<String, String> ORDINALS = Map.ofEntries(
            Map.entry("third", "3rd"), Map.entry("fourth", "4th"), Map.entry("fifth", "5th"), Map.entry("sixth", "6th"),
            Map.entry("seventh", "7th"), Map.entry("eighth", "8th"), Map.entry("ninth", "9th"),
            Map.entry("tenth", "10th"), Map.entry("eleventh", "11th"), Map.entry("twelfth", "12th"));

    private Words() {}

    /** "seventh" is the figure {@code #:7th}: ordinals tell rounds, anniversaries and successions apart. */
    static String ordinal(String word) {
        String figure = ORDINALS.get(word);
        return figure == null ? null : "#:" + figure;
    }
}
