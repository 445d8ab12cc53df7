package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void idsAreStableAcrossRunsAndMachines() {
        // Pinned values: changing the hashing would re-key every article already published.
        // (the first 16 hex digits of `printf 897c163909ecde58 TEXT | sha256sum`)
        assertThat(ArticleIds.fromUrl("https://example.org/a")).isEqualTo("url-b5b10dd0429e69ac");
        assertThat(ArticleIds.fromBody("Two people were rescued.")).isEqualTo("body-897c163909ecde58");
    }

    @Test
    void canonicalUrlLowerCasesSchemeAndHostAndDropsFragmentAndTrackingParameters() {
        assertThat(ArticleIds.canonicalUrl(" HTTPS://News.Example.ORG/World/Story?id=7&utm_source=feed&UTM_Medium=x#top "))
                .isEqualTo("https://news.example.org/World/Story?id=7");
        assertThat(ArticleIds.canonicalUrl("https://example.org/a?utm_campaign=z")).isEqualTo("https://example.org/a");
        assertThat(ArticleIds.canonicalUrl("https://User@Example.org/a")).isEqualTo("https://User@example.org/a");
    }

    @Test
    void equivalentUrlsShareAnId() {
        assertThat(ArticleIds.fromUrl("https://EXAMPLE.org/a?b=1&utm_term=q#c"))
                .isEqualTo(ArticleIds.fromUrl("https://example.org/a?b=1"))
                .isNotEqualTo(ArticleIds.fromUrl("https://example.org/a?b=2"));
    }

    @Test
    void aStringThatIsNotAUrlIsHashedTrimmed() {
        assertThat(ArticleIds.canonicalUrl(" not a url ")).isEqualTo("not a url");
    }
}
