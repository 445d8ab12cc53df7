package io.factwire.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactKeysTest {
    @Test
    void canonicalUrlIgnoresSchemeWwwFragmentTrackingAndTrailingSlash() {
        assertThat(ExactKeys.canonicalUrl("https://www.News.example/a/b/?utm_source=x&id=7#top"))
                .contains("news.example/a/b?id=7");
        assertThat(ExactKeys.urlKey("http://news.example/a/b?id=7"))
                .isEqualTo(ExactKeys.urlKey("https://www.news.example/a/b/?fbclid=1&id=7"));
        assertThat(ExactKeys.urlKey("https://news.example/a/c")).isNotEqualTo(ExactKeys.urlKey("https://news.example/a/b"));
    }

    @Test
    void noKeyForMissingUrlOrShortBody() {
        assertThat(ExactKeys.urlKey(null)).isEmpty();
        assertThat(ExactKeys.urlKey("  ")).isEmpty();
        assertThat(ExactKeys.bodyKey(WordShingles.words("Photo: Reuters"))).isEmpty();
    }

    @Test
    void bodyKeyIgnoresCaseSpacingAndPunctuation() {
        String body = "Eleven crews fought the flames for more than six hours, officials said.";
        assertThat(ExactKeys.bodyKey(WordShingles.words(body)))
                .isPresent()
                .isEqualTo(ExactKeys.bodyKey(WordShingles.words("ELEVEN crews fought the flames\nfor more than six hours officials said")));
    }
}
