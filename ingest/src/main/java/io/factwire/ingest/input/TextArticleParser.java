package io.factwire.ingest.input;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article from a file in the seeds' format: an optional leading {@code  date YYYY-MM-DD} marker,
 * then the text, whose first line is the title when it reads like one. The body may be HTML.
 */
final class TextArticleParser {

    /** The marker is recognised when its value holds a digit, so that a bad date is reported, not published. */
    private static final Pattern DATE_MARKER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\S*\\d\\S*)");

    private final BodyText bodies;

    TextArticleParser(BodyText bodies) {
        this.bodies = bodies;
    }

    ParsedArticle parse(String id, SourcePosition position, byte[] content) throws InputRejected {
        String text = decode(content);
        if (text.isBlank()) {
            throw new InputRejected(RejectReason.EMPTY_FILE, "", 1);
        }
        Instant published = null;
        Matcher marker = DATE_MARKER.matcher(text);
        if (marker.find()) {
            published = parseMarkerDate(marker.group(1));
            text = text.substring(marker.end());
        }
        if (text.isBlank()) {
            throw new InputRejected(RejectReason.MISSING_BODY, "nothing follows the date marker", 1);
        }
        BodyText.Clean clean = bodies.clean(text.strip());
        String title = null;
        String body = clean.text();
        int lineEnd = body.indexOf('\n');
        if (lineEnd > 0 && TitleDetector.looksLikeTitle(body.substring(0, lineEnd))
                && !body.substring(lineEnd).isBlank()) {
            title = body.substring(0, lineEnd).strip();
            body = body.substring(lineEnd).strip();
        }
        return BodyText.admitted(new ParsedArticle(id, null, null, title, body, published, position, clean.htmlStripped(), Map.of()));
    }

    private static String decode(byte[] content) throws InputRejected {
        try {
            return StrictUtf8.decode(content, 0, content.length);
        } catch (StrictUtf8.InvalidUtf8 e) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < e.offset(); i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new InputRejected(RejectReason.INVALID_UTF8,
                    String.format("byte 0x%02X at column %d", e.badByte(), e.offset() - lineStart + 1), line);
        }
    }

    private static Instant parseMarkerDate(String value) throws InputRejected {
        try {
            return PublishedDates.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputRejected(RejectReason.UNPARSEABLE_DATE,
                    "\"" + value + "\" in the date marker (" + PublishedDates.EXPECTED + ")", 1);
        }
    }
}
