package io.factwire.processor.events;

import io.factwire.avro.Article;
import io.factwire.extractor.grammar.Demonyms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link EventFeatures} from an article's headline and body. What tells two reports of the same kind of
 * happening apart is who, where and when, so the features are:
 * <ul>
 *   <li>{@code n:} names: capitalised words that are not merely sentence-initial (a word also written in lower
 *       case in the same text is a common word) — people, places, organisations; a nationality word is its
 *       place ("Egyptians" is {@code n:egypt}: {@link Demonyms});</li>
 *   <li>{@code #:} figures: counts, magnitudes, amounts with their scale, ordinals ("seventh" = {@code 7th});
 *       0, 1 and 2 say too little;</li>
 *   <li>{@code y:} years mentioned.</li>
 * </ul>
 * Weights are damped in the count ({@code 1 + ½ ln tf}) and figures weigh more than names (see
 * {@link #FIGURE_WEIGHT}); the index weighs rarity. Stateless and thread-safe.
 */
public final class FeatureExtractor {

    /** Names and places kept for labels. */
    static final int LABEL_CANDIDATES = 5;

    /**
     * How much a repeated mention adds: {@code 1 + TF_DAMPING ln tf}. The main participant is named in every
     * sentence, and two events of the same participant (two fights of one boxer) share it: at full {@code ln tf}
     * it outweighs the secondary names (the opponent, the venue) that tell the two apart.
     */
    static final double TF_DAMPING = 0.5;
    /**
     * Figures and years weigh this much more than names: magnitudes, tolls, rounds, amounts are what most often
     * differ between two happenings of the same participants and places.
     */
    static final double FIGURE_WEIGHT = 1.4;

    private static final Pattern YEAR = Pattern.compile("(19[5-9]\\d|20\\d\\d)");

    public EventFeatures extract(Article article) {
        return extract(article.getId(), article.getTitle(), article.getBody(), article.getPublished(), article.getIngested());
    }

    public EventFeatures extract(String articleId, String title, String body, Instant published, Instant ingested) {
        String text = title == null || title.isBlank() ? body : title + "\n" + body;
        List<Token> tokens = Token.split(text);
        Set<String> capitalisedInside = new HashSet<>();
        Set<String> writtenLower = new HashSet<>();
        for (Token token : tokens) {
            if (token.word() && Character.isLowerCase(token.text().charAt(0))) writtenLower.add(token.key());
            else if (token.word() && !token.sentenceStart()) capitalisedInside.add(token.key());
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        List<String> phrase = new ArrayList<>();
        boolean afterPlacePreposition = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String feature = token.word()
                    ? nameFeature(token, capitalisedInside, writtenLower)
                    : figureFeature(token, i + 1 < tokens.size() ? tokens.get(i + 1) : null);
            if (feature == null && token.word()) feature = Words.ordinal(token.key());
            if (feature != null) counts.merge(feature, 1, Integer::sum);
            boolean name = feature != null && feature.startsWith("n:");
            if (name) phrase.add(token.display());
            if (!name || token.possessive() || token.endsClause()) {
                if (!phrase.isEmpty()) {
                    String display = String.join(" ", phrase);
                    names.merge(display, 1, Integer::sum);
                    if (afterPlacePreposition) places.merge(display, 1, Integer::sum);
                    phrase.clear();
                }
                afterPlacePreposition = !name && token.word() && Words.PLACE_PREPOSITIONS.contains(token.key());
            }
        }
        Map<String, Float> terms = new HashMap<>();
        counts.forEach((feature, count) -> terms.put(feature, weight(feature, count)));
        LocalDate dateline = published != null ? null : TextDates.dateline(title, body);
        Instant dated = published != null ? published
                : dateline != null ? dateline.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
        return new EventFeatures(articleId, ingested.toEpochMilli(), dated == null ? null : dated.toEpochMilli(),
                terms, top(places), top(names), months(dated, text));
    }

    private static float weight(String feature, int count) {
        double kind = feature.startsWith("n:") ? 1 : FIGURE_WEIGHT;
        return (float) (kind * (1 + TF_DAMPING * Math.log(count)));
    }

    private static String nameFeature(Token token, Set<String> capitalisedInside, Set<String> writtenLower) {
        String key = token.key();
        if (key.length() < 2 || Words.STOP.contains(key) || writtenLower.contains(key)) return null;
        if (!Character.isUpperCase(token.text().charAt(0))) return null;
        // A capital at a sentence start proves nothing unless the word is capitalised elsewhere too.
        if (token.sentenceStart() && !capitalisedInside.contains(key)) return null;
        String place = Demonyms.place(key);
        return "n:" + (place == null ? key : place);
    }

    private static String figureFeature(Token token, Token next) {
        String digits = token.key();
        if (YEAR.matcher(digits).matches()) return "y:" + digits;
        if (digits.equals("0") || digits.equals("1") || digits.equals("2")) return null;
        // 06.01.2022 or 1.2.3: a date (read by TextDates) or a version, not a figure.
        if (digits.indexOf('.') != digits.lastIndexOf('.')) return null;
        String scale = next == null ? null : Words.SCALES.get(next.key());
        return "#:" + digits + (scale == null ? "" : scale);
    }

    /** The month the article is dated, else the months of the dates it mentions (up to three). */
    private static List<String> months(Instant dated, String text) {
        if (dated != null) return List.of(YearMonth.from(dated.atZone(ZoneOffset.UTC)).toString());
        Set<String> mentioned = new LinkedHashSet<>();
        for (YearMonth month : TextDates.months(text)) {
            mentioned.add(month.toString());
            if (mentioned.size() == 3) break;
        }
        return List.copyOf(mentioned);
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(LABEL_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
    }
}
