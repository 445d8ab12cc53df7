package io.factwire.processor.errors;

import io.factwire.avro.Article;
import io.factwire.schemas.ArticleContent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The first step on {@code articles}: only an article that ingest would publish goes on. Anything else becomes a
 * dead letter with the reason and the raw record (it is refused before anything is forwarded, so the source bytes
 * are still there): a null value (there is no article to process), a null key or one that is not the article's id
 * (records are partitioned by id, and a re-send must meet its first arrival on the same partition), and an article
 * that breaks {@link ArticleContent}'s rules (empty, not UTF-8, raw HTML, over the size limit: what would
 * otherwise fail further down, or not fit on a repartition topic).
 */
public final class ArticleIntake implements FixedKeyProcessor<String, Article, Article> {

    private FixedKeyProcessorContext<String, Article> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
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
        context.forward(record);
    }

    private static String shortened(String text) {
        if (text == null) return "";
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
