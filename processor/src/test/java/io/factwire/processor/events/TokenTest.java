package io.factwire.processor.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.processor.SharedJsonLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenTest {

    /** The tokens as the regular expression the hand scanner replaced finds them: the specification. */
    private static final Pattern TOKEN = Pattern.compile(
            "[$€£]?\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?|\\p{L}[\\p{L}'’.\\-]*\\p{L}|\\p{L}");

    private static List<String> byPattern(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) found.add(matcher.start() + ":" + matcher.group());
        return found;
    }

    /** Where each token starts and what it keys, comparable with {@link #byPattern}'s raw matches once cleaned. */
    private static List<String> keys(String text) {
        return Token.split(text).stream().map(Token::key).toList();
    }

    private static List<String> expectedKeys(String text) {
        List<String> keys = new ArrayList<>();
        for (String match : byPattern(text)) {
            String raw = match.substring(match.indexOf(':') + 1);
            boolean word = Character.isLetter(raw.charAt(0));
            boolean possessive = word && (raw.endsWith("'s") || raw.endsWith("’s"));
            String clean = possessive ? raw.substring(0, raw.length() - 2) : raw;
            if (word) {
                clean = clean.replace('’', '\'');
                int end = clean.length();
                while (end > 0 && clean.charAt(end - 1) == '.') end--;
                clean = clean.substring(0, end);
            } else {
                clean = clean.replaceAll("^[$€£]|,", "");
            }
            if (!clean.isEmpty()) keys.add(clean.toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    @Test
    void figuresAndWordsAsWritten() {
        List<Token> tokens = Token.split("On March 3rd, U.S. forces' $1,200.50 raid on al-Qaeda's base in Côte d’Ivoire killed 12.");

        assertThat(tokens).extracting(Token::text).containsExactly(
                "On", "March", "3rd", "U.S", "forces", "1200.50", "raid", "on", "al-Qaeda", "base", "in", "Côte",
                "d'Ivoire", "killed", "12");
        assertThat(tokens.get(4).possessive()).isFalse();
        assertThat(tokens.get(8).possessive()).isTrue();
        assertThat(tokens.get(14).endsClause()).isTrue();
    }

    @Test
    void theScannerFindsWhatThePatternFinds() {
        String alphabet = "aZé𝐀ß 19.,$€£'’-.stndrh\n\"(:?!x0_";
        Random random = new Random(7);
        for (int text = 0; text < 20_000; text++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) built.appendCodePoint(alphabet.codePointAt(
                    alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            String sample = built.toString();
            assertThat(keys(sample)).as(sample).isEqualTo(expectedKeys(sample));
        }
    }

    @Test
    void theScannerFindsWhatThePatternFindsInTheCorpus() {
        for (CorpusArticle article : CorpusArticle.load()) {
            String text = article.title() == null ? article.body() : article.title() + "\n" + article.body();
            assertThat(keys(text)).as(article.id()).isEqualTo(expectedKeys(text));
        }
        SharedJsonLines.read("trects2014-dev/ts14-dev-articles.jsonl", (row, where) -> row.path("body").asText())
                .forEach(body -> assertThat(keys(body)).isEqualTo(expectedKeys(body)));
    }
}
