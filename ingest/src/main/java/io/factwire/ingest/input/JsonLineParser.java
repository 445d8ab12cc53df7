package io.factwire.ingest.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one article from one JSON Lines record. Known fields: {@code id}, {@code url}, {@code outlet} (or
 * {@code source}), {@code title}, {@code published}, {@code body} (or {@code text}); every other field is
 * kept as text in {@link ParsedArticle#extra()}.
 */
final class JsonLineParser {

    private static final Set<String> MODELLED = Set.of("id", "url", "outlet", "title", "published", "body");

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final BodyText bodies;

    JsonLineParser(BodyText bodies) {
        this.bodies = bodies;
    }

    ParsedArticle parse(SourcePosition position, String line) throws InputRejected {
        JsonNode record = readObject(line);
        String outletField = record.hasNonNull("outlet") ? "outlet" : "source";
        String bodyField = record.hasNonNull("body") ? "body" : "text";
        String title = string(record, "title");
        BodyText.Clean body = body(string(record, bodyField), title);
        String url = text(record, "url");
        String canonicalUrl = url == null || url.isBlank() ? null : ArticleIds.canonicalUrl(url);
        String id = text(record, "id");
        if (id == null || id.isBlank()) {
            id = canonicalUrl != null ? ArticleIds.fromUrl(canonicalUrl) : ArticleIds.fromBody(body.text());
        }
        return BodyText.admitted(new ParsedArticle(id, canonicalUrl, text(record, outletField), title, body.text(),
                published(record), position, body.htmlStripped(), extra(record, outletField, bodyField)));
    }

    /**
     * A record without a body field is refused. One whose body is empty but whose title is not is kept with an
     * empty body: real corpora hold headline-only items, and the title is part of what the extractor reads.
     */
    private BodyText.Clean body(String rawBody, String title) throws InputRejected {
        if (rawBody == null) {
            throw new InputRejected(RejectReason.MISSING_BODY, "no \"body\" or \"text\" field");
        }
        if (rawBody.isBlank()) {
            if (title == null || title.isBlank()) {
                throw new InputRejected(RejectReason.MISSING_BODY, "empty body and no title");
            }
            return new BodyText.Clean("", false);
        }
        return bodies.clean(rawBody);
    }

    private JsonNode readObject(String line) throws InputRejected {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new InputRejected(RejectReason.MALFORMED_JSON,
                    e.getOriginalMessage().replace('\n', ' ') + where);
        }
        if (!node.isObject()) {
            throw new InputRejected(RejectReason.MALFORMED_JSON, "expected one JSON object a line, got "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    /** The field as text; null when absent or JSON null. Numbers and booleans are read as their JSON text. */
    private static String text(JsonNode record, String field) throws InputRejected {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new InputRejected(RejectReason.INVALID_FIELD, "\"" + field + "\" must be a string, got "
                    + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.asText();
    }

    /** A text field that must be a JSON string when present: a number where the body belongs is a mistake. */
    private static String string(JsonNode record, String field) throws InputRejected {
        JsonNode value = record.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw new InputRejected(RejectReason.INVALID_FIELD, "\"" + field + "\" must be a string, got "
                    + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return text(record, field);
    }

    private static Instant published(JsonNode record) throws InputRejected {
        String value = text(record, "published");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PublishedDates.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputRejected(RejectReason.UNPARSEABLE_DATE,
                    "\"" + value + "\" in \"published\" (" + PublishedDates.EXPECTED + ")");
        }
    }

    /** Unmodelled fields, plus the alias that lost (e.g. {@code source} when {@code outlet} is there too). */
    private static Map<String, String> extra(JsonNode record, String outletField, String bodyField) {
        Map<String, String> extra = new LinkedHashMap<>();
        record.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            boolean modelled = MODELLED.contains(name) || name.equals(outletField) || name.equals(bodyField);
            if (!modelled && !value.isNull()) {
                extra.put(name, value.isValueNode() ? value.asText() : value.toString());
            }
        });
        return extra;
    }
}
