package io.factwire.processor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginKeyTest {

    @Test
    void mediaDescriptorsAndRolesInFrontOfANameGo() {
        assertThat(OriginKey.of("The State news channel Channel-9", "a")).isEqualTo("channel-9");
        assertThat(OriginKey.of("the Channel-9 TV channel", "a")).isEqualTo("channel-9");
        assertThat(OriginKey.of("Channel-9's", "a")).isEqualTo("channel-9");
        assertThat(OriginKey.of("police spokeswoman Dana Orlova", "a")).isEqualTo("dana orlova");
        assertThat(OriginKey.of("Northland news agency", "a")).isEqualTo("northland");
    }

    @Test
    void anInstitutionAfterANameStays() {
        assertThat(OriginKey.of("the Riverton commandant's office", "a")).isEqualTo("riverton commandant office");
        assertThat(OriginKey.of("Riverton police", "a")).isEqualTo("riverton police");
    }

    @Test
    void lowercaseOnlyAttributionsAreKeptWholeAndEmptyOnesFallBackToTheArticle() {
        assertThat(OriginKey.of("hospital officials", "a")).isEqualTo("hospital officials");
        assertThat(OriginKey.of("the news agency", "a7")).isEqualTo("article:a7");
        assertThat(OriginKey.of(null, "a7")).isEqualTo("article:a7");
        assertThat(OriginKey.of("  ", "a7")).isEqualTo("article:a7");
    }
}
