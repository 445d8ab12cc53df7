package io.factwire.ingest.input;

import io.factwire.schemas.ArticleContent;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces HTML article bodies to the plain text the extractor reads: one paragraph a line, the way plain-text
 * inputs arrive, with scripts, styles and markup gone and entities decoded.
 */
public final class HtmlText {

    private static final Pattern MULTIPLE_SPACES = Pattern.compile(" {2,}");

    private HtmlText() {
    }

    /** The same test the processor applies to bodies that should be plain text: {@link ArticleContent#looksLikeHtml}. */
    public static boolean looksLikeHtml(String text) {
        return ArticleContent.looksLikeHtml(text);
    }

    /** The visible text of {@code html}: block elements and {@code <br>} end lines, blank lines dropped. */
    public static String toText(String html) {
        Element body = Jsoup.parse(html).body();
        LineCollector lines = new LineCollector();
        NodeTraversor.traverse(lines, body);
        return lines.text();
    }

    /** Walks the DOM, gathering inline text into the current line and breaking lines at block boundaries. */
    private static final class LineCollector implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendInline(textNode.text());
            } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                endLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                endLine();
            }
        }

        private void appendInline(String words) {
            if (words.isBlank()) {
                if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
                return;
            }
            line.append(words);
        }

        private void endLine() {
            String finished = MULTIPLE_SPACES.matcher(line).replaceAll(" ").strip();
            line.setLength(0);
            if (!finished.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(finished);
            }
        }

        String text() {
            endLine();
            return text.toString();
        }
    }
}
