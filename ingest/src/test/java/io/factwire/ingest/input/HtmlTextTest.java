package io.factwire.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksBecomeLinesAndMarkupScriptsAndStylesGo() {
        String html = """
                <!DOCTYPE html><html><head><title>Ignored</title><style>p { color: red }</style></head>
                <body><script>track();</script>
                <div><h2>Town  cut off</h2>
                <p>Water   rose <em>two metres</em> overnight,<br/>the mayor said.</p>
                <ul><li>Road closed</li><li>School shut</li></ul></div>
                <p>&nbsp;</p><p>It&#39;s still raining &gt; 20mm/h.</p></body></html>""";

        assertThat(HtmlText.toText(html)).isEqualTo("""
                Town cut off
                Water rose two metres overnight,
                the mayor said.
                Road closed
                School shut
                It's still raining > 20mm/h.""");
    }

    @Test
    void plainTextIsNotMistakenForHtml() {
        assertThat(HtmlText.looksLikeHtml("Casualties rose from <10 to > 40 as a < b, and I <3 it")).isFalse();
        assertThat(HtmlText.looksLikeHtml("AT&amp;T said so.")).isFalse();
        assertThat(HtmlText.looksLikeHtml("line one<br>line two")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<P class=\"lead\">Text</P>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("Text.</p>")).isTrue();
    }
}
