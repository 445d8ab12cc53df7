package io.factwire.processor.events;

import io.factwire.avro.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link EventFeatures} from an article's title and body. Stateless and thread-safe. */
public final class FeatureExtractor {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Set<String> STOP = Set.of("the", "a", "an", "in", "on", "at", "of", "and", "but", "or",
            "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "this", "that", "there", "mr", "mrs",
            "ms", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public EventFeatures extract(Article article) {
        return extract(article.getId(), article.getTitle(), article.getBody(), article.getPublished(), article.getIngested());
    }

    public EventFeatures extract(String articleId, String title, String body, Instant published, Instant ingested) {
        String text = (title == null ? "" : title + "\n") + body;
        Map<String, Float> terms = new HashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        Matcher words = WORD.matcher(text);
        boolean sentenceStart = true;
        int last = 0;
        while (words.find()) {
            String between = text.substring(last, words.start());
            if (between.contains(".") || between.contains("\n")) sentenceStart = true;
            last = words.end();
            String word = words.group();
            String lower = word.toLowerCase();
            if (!sentenceStart && Character.isUpperCase(word.charAt(0)) && !STOP.contains(lower)) {
                terms.merge("n:" + lower, 1f, Float::sum);
                places.merge(word, 1, Integer::sum);
            }
            sentenceStart = false;
        }
        Matcher years = YEAR.matcher(text);
        while (years.find()) terms.merge("y:" + years.group(1), 1f, Float::sum);
        terms.replaceAll((term, count) -> (float) (1 + Math.log(count)));
        List<String> placeList = new ArrayList<>(places.keySet());
        List<String> months = published == null ? List.of() : List.of(published.toString().substring(0, 7));
        return new EventFeatures(articleId, ingested.toEpochMilli(), published == null ? null : published.toEpochMilli(),
                terms, placeList.subList(0, Math.min(5, placeList.size())), months);
    }
}
