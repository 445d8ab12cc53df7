package io.factwire.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Claims written as "outcome count qualifier group" ("killed 11 exact civilians") so tests read like CLAIMS.md. */
final class ClaimAssertions {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private ClaimAssertions() {
    }

    static List<ExtractedClaim> extract(String body) {
        return EXTRACTOR.extract(new ArticleText("test", null, body, null));
    }

    static String describe(ExtractedClaim c) {
        String count = c.high() == null ? Long.toString(c.count()) : c.count() + "-" + c.high();
        return c.outcome().wireName() + " " + count + " " + c.qualifier().wireName() + " " + c.group().wireName()
                + (c.vague() ? " vague" : "");
    }

    /** The sentence gives exactly these claims, in text order. */
    static void assertClaims(String body, String... expected) {
        assertThat(extract(body)).as(body).map(ClaimAssertions::describe).containsExactly(expected);
    }

    static void assertNoClaims(String body) {
        assertThat(extract(body)).as(body).map(ClaimAssertions::describe).isEmpty();
    }
}
