package io.factwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.avro.Article;
import io.factwire.ingest.input.ParsedArticle;
import io.factwire.ingest.input.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The publish loop against MockProducer: acknowledgements, failures and what is reported as not sent. */
class ArticlePublisherTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:00:00.123456Z");
    private static final Serializer<Article> ID_AS_VALUE = (topic, article) ->
            article.getId().getBytes(StandardCharsets.UTF_8);

    private final MockProducer<String, Article> producer =
            new MockProducer<>(false, null, new StringSerializer(), ID_AS_VALUE);
    private final ArticlePublisher publisher =
            new ArticlePublisher(producer, "articles", Clock.fixed(NOW, ZoneOffset.UTC), () -> { });

    private static ParsedArticle article(String id, Instant published) {
        return new ParsedArticle(id, "https://example.org/" + id, "Post", "Title " + id, "Body " + id + ".",
                published, new SourcePosition("in.jsonl", id.length()), false, Map.of("topic", "3"));
    }

    @Test
    void recordsCarryIdAvroValueTimestampAndHeaders() {
        Instant published = Instant.parse("2022-01-06T10:00:00Z");
        PublishResult result = publisher.publish(List.of(article("a", published), article("bb", null)));

        assertThat(result.complete()).isTrue();
        assertThat(result.acknowledged()).isEqualTo(2);
        List<ProducerRecord<String, Article>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("a", "bb");
        assertThat(sent).extracting(ProducerRecord::topic).containsOnly("articles");
        Instant ingested = Instant.parse("2026-03-14T09:00:00.123Z");
        // Read within one millisecond (the clock is fixed): consecutive ingest times, in the order read.
        Instant secondIngested = ingested.plusMillis(1);
        assertThat(sent.get(0).timestamp()).isEqualTo(published.toEpochMilli());
        assertThat(sent.get(1).timestamp()).as("undated: ingest time").isEqualTo(secondIngested.toEpochMilli());
        assertThat(new String(sent.get(1).headers().lastHeader("factwire.source").value(), StandardCharsets.UTF_8))
                .isEqualTo("in.jsonl:2");
        assertThat(new String(sent.get(1).headers().lastHeader("factwire.ingested").value(), StandardCharsets.UTF_8))
                .isEqualTo("2026-03-14T09:00:00.124Z");
        assertThat(sent.get(0).value()).isEqualTo(article("a", published).toAvro(ingested));
        assertThat(sent.get(0).value().getSource()).isEqualTo("in.jsonl:1");
        assertThat(sent.get(0).value().getExtra()).isEqualTo(Map.of("topic", "3"));
    }

    @Test
    void afterAFailedSendNothingMoreIsSentAndEveryUnsentIdIsNamed() {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> notSent = new ConcurrentLinkedQueue<>();
        PublishListener listener = new PublishListener() {
            @Override
            public void acknowledged(String id, long bytes) {
                acknowledged.add(id);
            }

            @Override
            public void notSent(String id, Exception cause) {
                notSent.add(id + ": " + cause.getMessage());
            }
        };
        Stream<ParsedArticle> input = Stream.of("a", "b", "c", "d", "e").map(id -> {
            if (id.equals("c")) { // the broker answers for a (ok) and b (timed out) before c is read
                producer.completeNext();
                producer.errorNext(new TimeoutException("Expiring 1 record(s): 30000 ms has passed"));
            }
            return article(id, null);
        });

        PublishResult result = publisher.publish(input, listener);

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("a", "b");
        assertThat(result.acknowledged()).isEqualTo(1);
        assertThat(result.notSent()).isEqualTo(4);
        assertThat(result.notSentIds()).containsExactly("b", "c", "d", "e");
        assertThat(result.firstError()).isEqualTo("TimeoutException: Expiring 1 record(s): 30000 ms has passed");
        assertThat(acknowledged).containsExactly("a");
        assertThat(notSent).allMatch(line -> line.endsWith(": Expiring 1 record(s): 30000 ms has passed"));
    }

    @Test
    void onlyTheFirstIdsAreListedButAllAreCounted() {
        producer.sendException = new SerializationException("registry unreachable");

        PublishResult result = publisher.publish(Stream.iterate(0, i -> i + 1).limit(50).map(i -> article("id" + i, null)));

        assertThat(result.notSent()).isEqualTo(50);
        assertThat(result.notSentIds()).hasSize(ArticlePublisher.MAX_IDS_REPORTED).startsWith("id0", "id1");
        assertThat(result.firstError()).isEqualTo("SerializationException: registry unreachable");
    }

    @Test
    void whenTheInputStopsWhatWasSentIsStillFlushed() {
        Stream<ParsedArticle> input = Stream.of("a", "b", "stop").map(id -> {
            if (id.equals("stop")) {
                throw new IllegalStateException("stopped at the first bad input");
            }
            return article(id, null);
        });

        assertThatThrownBy(() -> publisher.publish(input)).hasMessage("stopped at the first bad input");
        assertThat(producer.flushed()).isTrue();
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void articlesAreSentAsTheyAreReadNotAfterTheWholeInput() {
        // One endless "file": publishing must not wait for its end (as stdin or a huge JSON Lines file).
        Stream<ParsedArticle> endless = Stream.of("stdin").flatMap(input -> Stream.iterate(0, i -> i + 1)
                .map(i -> {
                    if (i == 3) {
                        throw new IllegalStateException("still reading after " + producer.history().size());
                    }
                    return article("line" + i, null);
                }));

        assertThatThrownBy(() -> publisher.publish(endless)).hasMessage("still reading after 3");
    }

    @Test
    void articlesDatedBefore1970UseTheIngestTime() {
        Instant ingested = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ArticlePublisher.timestamp(article("old", Instant.parse("1969-07-20T20:17:00Z")), ingested))
                .isEqualTo(ingested.toEpochMilli());
    }
}
