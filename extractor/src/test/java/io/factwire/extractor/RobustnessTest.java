package io.factwire.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd text yields fewer claims, never an exception. */
class RobustnessTest {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    /** Tokens the grammar reacts to, to be shuffled into sentences nobody would write. */
    private static final String[] PIECES = {"killed", "were", "dead", "at", "least", "1,000", "99999999999999999",
            "twenty", "-", "five", "dozens", "of", "the", "a", ",", ".", "\"", "'s", "and", "between", "to", "who",
            "Capt.", "Smith", "death", "toll", "rose", "number", "injured", "no", "one", "2:30", "2004", "(", ")",
            "gave", "himself", "up", "in", "custody", "both", "hundred", "6.1", "-", "year", "old", "\u00A0",
            "\u200B", "\uD83D\uDE00", "among", "suffered", "injuries", "taken", "hospital", ";", "—", "’"};

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", ".", "-", "killed", "killed killed killed", "The toll rose to",
            "99999999999999999999999 people were killed.",
            "1,000,000,000,000,000 died.",
            "Between 10 and were killed.", "At least", "\"\"\"\"", "- - - - -", "Capt.", "U.S.", "a.b.c.d.e.f.",
            "\uD83D\uDCA5 12 \uD83D\uDC80 killed", "Ｔｗｅｌｖｅ　ｐｅｏｐｌｅ　ｄｉｅｄ。", "٣ قتلى", "12\u0301 died",
            "were were were killed by by by", ", , , 44 , , , was arrested", "one of of of the the killed"})
    void oddTextGivesNoException(String body) {
        assertThatCode(() -> EXTRACTOR.extract(new ArticleText("odd", body, body, null))).doesNotThrowAnyException();
    }

    @Test
    void hugeFiguresAreDroppedRatherThanOverflowing() {
        assertThat(EXTRACTOR.extract(new ArticleText("big", null, "999999999999999999999 people died.", null)))
                .isEmpty();
    }

    @Test
    void randomTokenSoupGivesNoException() {
        Random random = new Random(20240601L);
        for (int article = 0; article < 2_000; article++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String body = text.toString();
            assertThatCode(() -> EXTRACTOR.extract(new ArticleText("fuzz", null, body, null)))
                    .as(body).doesNotThrowAnyException();
        }
    }

    @Test
    void veryLongTextStaysLinear() {
        String body = "Two people were killed and 5 were injured in the blast, police said. ".repeat(20_000);
        assertThat(EXTRACTOR.extract(new ArticleText("long", null, body, null))).hasSize(40_000);
    }
}
