package io.factwire.processor.errors;

import io.factwire.avro.Article;
import io.factwire.schemas.ArticleContent;
import io.factwire.schemas.Topic;
import io.factwire.schemas.Topics;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The first step on {@code articles}: only an article that ingest would publish goes on. Anything else becomes a
 * dead letter with the reason and the raw record (it is refused before anything is forwarded, so the source bytes
 * are still there): bytes that are not an article (stage {@code deserialization}), a null value (there is no article to process), a null key or one that is not the article's id
 * (records are partitioned by id, and a re-send must meet its first arrival on the same partition), and an article
 * that breaks {@link ArticleContent}'s rules (empty, not UTF-8, raw HTML, over the size limit: what would
 * otherwise fail further down, or not fit on a repartition topic).
 * <p>
 * The value is decoded here, not by the source's serde: Kafka Streams decodes a source record when the one before
 * it is taken, and sends the deserialization handler's dead letter then, in a transaction that may commit before
 * the unreadable record's offset does; after a crash in between, the record was read again and dead-lettered twice.
 * Decoded here, the dead letter and the offset commit together.
 */
public final class ArticleIntake implements FixedKeyProcessor<String, byte[], Article> {

    private final String topic;
    private final Deserializer<Article> decoder;
    private FixedKeyProcessorContext<String, Article> context;

    public ArticleIntake(Topic<String, Article> articles) {
        this.topic = articles.name();
        this.decoder = articles.valueSerde().deserializer();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Article article = decode(record);
        if (article == null) {
            throw new RefusedRecord("null value: the record holds no article (a tombstone or an empty write)");
        }
        String id = article.getId();
        if (record.key() == null) {
            throw new RefusedRecord("null key: the record key must be the article id (\"" + shortened(id)
                    + "\" in the value), which places a re-send on the partition of its first arrival");
        }
        if (!record.key().equals(id)) {
            throw new RefusedRecord("key is not the article id: key \"" + shortened(record.key()) + "\", id \""
                    + shortened(id) + "\"");
        }
        ArticleContent.check(id, article.getTitle(), article.getBody()).ifPresent(violation -> {
            throw new RefusedRecord(violation.message());
        });
        // Everything derived from the article carries when it was ingested (the lag's age on the repartition topics
        // reads it): ingest writes the header; for an article from another publisher it comes from the article.
        if (record.headers().lastHeader(Topics.INGESTED_HEADER) == null) {
            Topics.addIngested(record.headers(), article.getIngested());
        }
        context.forward(record.withValue(article));
    }

    private Article decode(FixedKeyRecord<String, byte[]> record) {
        if (record.value() == null) return null;
        try {
            return decoder.deserialize(topic, record.headers(), record.value());
        } catch (RuntimeException e) {
            throw RefusedRecord.unreadable(e);
        }
    }

    private static String shortened(String text) {
        if (text == null) return "";
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
