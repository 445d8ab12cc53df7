package io.factwire.processor.events;

import io.factwire.avro.Article;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the event cues of an article: names (capitalized words inside a sentence), content words, years,
 * place names after a locative preposition, and when it happened.
 */
public final class FeatureExtractor {
    static final float NAME_WEIGHT = 3f;
    static final float WORD_WEIGHT = 1f;
    static final float YEAR_WEIGHT = 2f;
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "across", "at");
    private static final int MAX_PLACE_WORDS = 3;
    /** Words that may stand between a locative and the place: "in the", "in northern", "near the remote". */
    private static final Set<String> PLACE_LEAD_INS = Set.of("the", "northern", "southern", "eastern", "western",
            "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern",
            "southwestern", "remote", "neighbouring", "neighboring");

    private final EventConfig config;

    public FeatureExtractor(EventConfig config) {
        this.config = config;
    }

    public EventFeatures extract(Article article, long recordTime) {
        String text = (article.getTitle() == null ? "" : article.getTitle() + ".\n") + article.getBody();
        List<Token> tokens = Token.split(text);
        Map<String, Float> counts = new HashMap<>();
        List<String> places = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lower = token.lower();
            if (token.isNumber()) {
                if (lower.length() == 4 && lower.compareTo("1900") >= 0 && lower.compareTo("2100") < 0) {
                    counts.merge("y:" + lower, YEAR_WEIGHT, Float::sum);
                }
                continue;
            }
            if (lower.length() < 3 || TextCues.isNeverAName(lower)) {
                if (LOCATIVES.contains(lower) && !token.capitalized()) placeAfter(tokens, i + 1).ifPresent(places::add);
                continue;
            }
            boolean name = token.capitalized() && !token.sentenceStart();
            counts.merge((name ? "e:" : "w:") + lower, name ? NAME_WEIGHT : WORD_WEIGHT, Float::sum);
        }
        Map<String, Double> weights = new HashMap<>();
        // Sub-linear term frequency: the tenth mention of a name adds less than the second.
        counts.forEach((term, total) -> {
            float base = baseWeight(term);
            weights.put(term, base * (1 + Math.log(total / base)));
        });
        TermVector terms = TermVector.of(weights).strongest(config.termsPerArticle()).normalized();

        Optional<LocalDate> date = article.getPublished() != null
                ? Optional.of(LocalDate.ofInstant(article.getPublished(), ZoneOffset.UTC))
                : TextCues.firstDate(text);
        long time = date.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()).orElse(recordTime);
        String month = date.map(d -> YearMonth.from(d).toString()).orElse(null);
        List<String> rankedPlaces = TextCues.countInOrder(places).entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).limit(5).toList();
        return new EventFeatures(article.getId(), time, terms, rankedPlaces, month);
    }

    private static float baseWeight(String term) {
        return switch (term.charAt(0)) {
            case 'e' -> NAME_WEIGHT;
            case 'y' -> YEAR_WEIGHT;
            default -> WORD_WEIGHT;
        };
    }

    /** "in Almaty", "in northern Lindavia", "near the Geysers"; "in Indonesia's Aceh" gives Indonesia. */
    private static Optional<String> placeAfter(List<Token> tokens, int from) {
        List<String> words = new ArrayList<>();
        int start = from;
        while (start < tokens.size() && start < from + 2 && !tokens.get(start).capitalized()
                && PLACE_LEAD_INS.contains(tokens.get(start).lower())) start++;
        for (int i = start; i < tokens.size() && words.size() < MAX_PLACE_WORDS; i++) {
            Token t = tokens.get(i);
            if (!t.capitalized() || TextCues.isNeverAName(t.lower()) || t.sentenceStart()) break;
            words.add(t.text());
            if (t.possessive() || t.endsClause()) break;
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** A word or number of the text, with what the tokenizer saw around it. */
    record Token(String text, boolean sentenceStart, boolean possessive, boolean endsClause) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }

        static List<Token> split(String text) {
            List<Token> tokens = new ArrayList<>();
            boolean sentenceStart = true;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
                        sentenceStart = true;
                    }
                    i++;
                    continue;
                }
                int start = i;
                boolean digits = Character.isDigit(c);
                while (i < text.length() && (digits ? Character.isDigit(text.charAt(i))
                        : Character.isLetter(text.charAt(i)) || isInnerMark(text, i))) i++;
                String word = text.substring(start, i);
                boolean possessive = word.endsWith("'s") || word.endsWith("’s");
                if (possessive) word = word.substring(0, word.length() - 2);
                int next = i;
                while (next < text.length() && text.charAt(next) == ' ') next++;
                boolean endsClause = next < text.length() && ",;()".indexOf(text.charAt(next)) >= 0;
                if (!word.isEmpty()) tokens.add(new Token(word, sentenceStart, possessive, endsClause));
                sentenceStart = false;
            }
            return tokens;
        }

        /** Apostrophes and hyphens inside a word ("O'Brien", "Al-Qaeda") keep it whole. */
        private static boolean isInnerMark(String text, int i) {
            char c = text.charAt(i);
            return (c == '\'' || c == '’' || c == '-') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        }
    }
}
