package io.factwire.extractor.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.extractor.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private static NumberParser.Parsed parse(String text) {
        return NumberParser.parse(new Sentence(Tokenizer.tokenize(text, 0, text.length())), 0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "353 people | 353",
            "1,000 people | 1000",
            "170,000 people | 170000",
            "2.5 million people | 2500000",
            "1 million | 1000000",
            "eight | 8",
            "thirteen soldiers | 13",
            "twenty-five | 25",
            "twenty five | 25",
            "ninety-nine | 99",
            "a hundred | 100",
            "one hundred | 100",
            "two hundred and fifty | 250",
            "three thousand | 3000",
            "five thousand two hundred | 5200",
            "a dozen | 12",
            "two dozen | 24",
            "half a dozen | 6",
            "a thousand | 1000",
    })
    void exactFigures(String text, long value) {
        NumberParser.Parsed parsed = parse(text);
        assertThat(parsed).isNotNull();
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.vague()).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "dozens of people | 24",
            "scores of people | 40",
            "hundreds | 200",
            "thousands | 2000",
            "tens of thousands | 20000",
            "hundreds of thousands | 200000",
    })
    void vagueFigures(String text, long value) {
        NumberParser.Parsed parsed = parse(text);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.vague()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10-year-old", "6.1-magnitude", "6:41", "6.1", "two-storey", "several", "a few",
            "99999999999999999999"})
    void notCounts(String text) {
        assertThat(parse(text)).isNull();
    }

    @Test
    void yearsAreMarked() {
        assertThat(parse("2004").year()).isTrue();
        assertThat(parse("1,985").year()).isFalse();
        assertThat(parse("353").year()).isFalse();
    }

    @Test
    void endIsTheTokenAfterTheNumber() {
        assertThat(parse("twenty-five people").end()).isEqualTo(3);
        assertThat(parse("2.5 million people").end()).isEqualTo(2);
    }
}
