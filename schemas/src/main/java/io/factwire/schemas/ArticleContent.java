package io.factwire.schemas;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an article must be to enter the pipeline, checked in one place: by ingest before it publishes, and by the
 * processor on every record it reads from {@code articles} (other producers than ingest write there too), so both
 * refuse the same articles for the same reasons. Also the size limits, end to end.
 */
public final class ArticleContent {

    /** The largest body, in UTF-8 bytes: ingest's {@code --max-body-bytes} default and the processor's limit. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** The largest title, in UTF-8 bytes: a headline, not a second body. */
    public static final int MAX_TITLE_BYTES = 4 << 10;
    /**
     * The largest record on any factwire topic ({@code max.message.bytes}) and the producers' {@code max.request.size}:
     * room for an article at the body limit plus everything the processor adds to it on its way (signatures,
     * claims), so no valid article can be refused on a repartition topic.
     */
    public static final int MAX_RECORD_BYTES = 4 << 20;

    /**
     * Markup that does not occur in plain prose: a start or end tag of a common HTML element, a doctype or a
     * comment. A bare "a < b" or "<3" does not count.
     */
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "(?i)<(?:!doctype|!--|/?(?:html|head|body|p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td"
                    + "|article|section|header|footer|figure|figcaption|img|blockquote|script|style)(?=[\\s>/]))");

    /** Why an article is refused; the label is the first words of the message (ingest's summary groups by it). */
    public enum Problem {
        MISSING_ID("missing id"),
        MISSING_BODY("missing body"),
        BODY_TOO_LARGE("body over the size limit"),
        RAW_HTML("raw HTML");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A refusal: the problem and what exactly was wrong. */
    public record Violation(Problem problem, String detail) {
        public String message() {
            return problem.label() + ": " + detail;
        }
    }

    private ArticleContent() {
    }

    public static boolean looksLikeHtml(String text) {
        return HTML_MARKUP.matcher(text).find();
    }

    /** The whole article: an id, a body or at least a title, and a body that passes {@link #checkBody}. */
    public static Optional<Violation> check(String id, String title, String body) {
        if (id == null || id.isBlank()) {
            return Optional.of(new Violation(Problem.MISSING_ID, "the article has no id"));
        }
        if (title != null && utf8Length(title) > MAX_TITLE_BYTES) {
            return Optional.of(new Violation(Problem.BODY_TOO_LARGE, "title is " + utf8Length(title)
                    + " bytes, over the limit of " + MAX_TITLE_BYTES + " bytes"));
        }
        if (body == null || body.isBlank()) {
            return title == null || title.isBlank()
                    ? Optional.of(new Violation(Problem.MISSING_BODY, "empty body and no title"))
                    : Optional.empty(); // headline-only items are real: the title is what the extractor reads
        }
        Optional<Violation> inTitle = title == null ? Optional.empty() : checkText("title", title);
        return inTitle.isPresent() ? inTitle : checkBody(body, MAX_BODY_BYTES);
    }

    /**
     * A non-empty body: within {@code maxBodyBytes} and plain text (HTML must have been reduced to text before).
     * Bytes that are not UTF-8 never get this far: ingest reads input strictly, and the processor's Avro
     * deserializer refuses such strings.
     */
    public static Optional<Violation> checkBody(String body, long maxBodyBytes) {
        long bytes = utf8Length(body);
        if (bytes > maxBodyBytes) {
            return Optional.of(new Violation(Problem.BODY_TOO_LARGE, "body is " + bytes + " bytes, over the limit of "
                    + maxBodyBytes + " bytes"));
        }
        return checkText("body", body);
    }

    private static Optional<Violation> checkText(String field, String text) {
        var markup = HTML_MARKUP.matcher(text);
        if (markup.find()) {
            return Optional.of(new Violation(Problem.RAW_HTML, "the " + field + " holds HTML markup ("
                    + text.substring(markup.start(), Math.min(text.length(), markup.end() + 1)).strip()
                    + " at character " + (markup.start() + 1) + "); reduce it to text first"));
        }
        return Optional.empty();
    }

    /** The length of {@code text} in UTF-8, without encoding it. */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }
}
