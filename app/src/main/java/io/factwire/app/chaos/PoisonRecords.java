package io.factwire.app.chaos;

import io.factwire.avro.Article;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;

/** Builds the bytes of each {@link PoisonKind}, the way a careless or broken producer would write them. */
final class PoisonRecords {

    /** A key and a value as they go on the wire (either may be null). */
    record Raw(String key, byte[] value) {
    }

    static final String EXACT_COPY_MARK = "~exact";
    private static final String SENTENCE = "Officials said 3 people were killed and 7 injured in the blast. ";
    private final Serializer<Article> articles;
    private final String topic;

    PoisonRecords(Serializer<Article> articles, String topic) {
        this.articles = articles;
        this.topic = topic;
    }

    /**
     * Poison record {@code number} of {@code kind}; {@code earlierId} is an id already published (for DUPLICATE_ID).
     * An exact copy is stamped {@code ingested}, as ingest stamps a copy it reads now: with its original's ingest time
     * it would rank before records already decided, and be decided whenever it happens to arrive.
     */
    Raw build(PoisonKind kind, long number, String earlierId, Article earlier, Instant ingested) {
        String id = "poison-" + kind.name().toLowerCase().replace('_', '-') + "-" + number;
        return switch (kind) {
            case UNDECODABLE -> new Raw(id, ("not avro at all, record " + number).getBytes(StandardCharsets.UTF_8));
            case UNKNOWN_SCHEMA_ID -> {
                byte[] valid = serialize(article(id, "Title " + id, SENTENCE));
                ByteBuffer.wrap(valid).put(1, (byte) 0x7f); // schema id 0x7f______: far beyond any registered one
                yield new Raw(id, valid);
            }
            case NULL_KEY -> new Raw(null, serialize(article(id, "Title " + id, SENTENCE)));
            case NULL_VALUE -> new Raw(id, null);
            case EMPTY_BODY -> new Raw(id, serialize(article(id, null, "")));
            case NON_UTF8 -> new Raw(id, latin1(serialize(article(id, "Title " + id, "A blast in K@ln: " + SENTENCE))));
            case HTML_BODY -> new Raw(id, serialize(article(id, "Title " + id, "<p>" + SENTENCE + "</p><p>More.</p>")));
            case OVERSIZED -> new Raw(id, serialize(article(id, "Title " + id, text(3 << 19))));
            case OVER_BROKER_MAX -> new Raw(id, serialize(article(id, "Title " + id, text(5 << 20))));
            case EXACT_COPY -> {
                String copyId = earlierId + EXACT_COPY_MARK + number;
                Article copy = Article.newBuilder(earlier).setId(copyId).setUrl(null).setIngested(ingested).build();
                yield new Raw(copyId, serialize(copy));
            }
            case DUPLICATE_ID -> new Raw(earlierId, serialize(article(earlierId, "Corrected: " + earlierId,
                    "A corrected text under an id already used. " + SENTENCE)));
        };
    }

    private byte[] serialize(Article article) {
        return articles.serialize(topic, article);
    }

    /** The one {@code @} of the body becomes 0xF6, "ö" in Latin-1: a producer that got its encoding wrong. */
    private static byte[] latin1(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '@') {
                bytes[i] = (byte) 0xF6;
                return bytes;
            }
        }
        throw new IllegalStateException("no marker in the serialized article");
    }

    private static String text(int bytes) {
        return SENTENCE.repeat(bytes / SENTENCE.length() + 1);
    }

    private static Article article(String id, String title, String body) {
        return Article.newBuilder().setId(id).setUrl(null).setOutlet("Chaos Wire").setTitle(title).setBody(body)
                .setPublished(Instant.parse("2024-03-01T09:00:00Z")).setIngested(Instant.now()).setSource("chaos")
                .setHtmlStripped(false).setEvent(null).setExtra(Map.of()).build();
    }
}
