package io.factwire.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> norms(String text) {
        return Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::norm).toList();
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertThat(norms("1,000 and 2.5 million at 6:41")).containsExactly("1,000", "and", "2.5", "million", "at",
                "6:41");
    }

    @Test
    void possessivesAndHyphensAreTokensOfTheirOwn() {
        assertThat(norms("Kazakhstan’s twenty-five")).containsExactly("kazakhstan", "'s", "twenty", "-", "five");
        List<Token> tokens = Tokenizer.tokenize("twenty-five", 0, 11);
        assertThat(tokens.get(1).spaceBefore()).isFalse();
        assertThat(tokens.get(2).spaceBefore()).isFalse();
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertThat(norms("Capt. Hale of the U.S. Army, 6 p.m.")).containsExactly("capt.", "hale", "of", "the",
                "u.s.", "army", ",", "6", "p.m.");
    }

    @Test
    void typographicPunctuationIsFolded() {
        assertThat(norms("“Dozens are dead” — they said")).containsExactly("\"", "dozens", "are", "dead", "\"",
                "-", "they", "said");
        assertThat(norms("didn’t")).containsExactly("didn't");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "xx Police said";
        Token said = Tokenizer.tokenize(text, 3, text.length()).get(1);
        assertThat(text.substring(said.start(), said.end())).isEqualTo("said");
        assertThat(Tokenizer.tokenize(text, 3, text.length()).get(0).capitalized()).isTrue();
    }

    @Test
    void digitsGluedToLettersAreWords() {
        List<Token> tokens = Tokenizer.tokenize("10km 1950s", 0, 10);
        assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.WORD);
    }
}
