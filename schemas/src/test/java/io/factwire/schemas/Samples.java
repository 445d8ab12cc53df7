package io.factwire.schemas;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.CompetingFigure;
import io.factwire.avro.DeadLetter;
import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import io.factwire.avro.Event;
import io.factwire.avro.FactClaim;
import io.factwire.avro.FactPoint;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.TimelinePoint;
import io.factwire.avro.VictimGroup;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

/** One fully populated record of every value type, made up for tests (millisecond instants: Avro keeps millis). */
public final class Samples {
    static final Instant PUBLISHED = Instant.ofEpochMilli(1_700_000_000_000L);
    static final Instant LATER = PUBLISHED.plusSeconds(3600);

    private Samples() {}

    public static Article article() {
        return Article.newBuilder()
                .setId("harbor-fire-1")
                .setUrl("https://news.example/harbor-fire")
                .setOutlet("Example News")
                .setTitle("Fire at the harbor")
                .setBody("At least 3 people were injured when a warehouse caught fire at the harbor, firefighters said.")
                .setPublished(PUBLISHED)
                .setIngested(LATER)
                .setSource("samples/harbor.jsonl:1")
                .setHtmlStripped(true)
                .setEvent(null)
                .setExtra(Map.of("lang", "en"))
                .build();
    }

    public static Duplicate duplicate() {
        return Duplicate.newBuilder()
                .setArticle("harbor-fire-2").setOriginal("harbor-fire-1").setKind(DuplicateKind.near)
                .setSimilarity(0.93).setAt(LATER)
                .build();
    }

    public static Event event() {
        return Event.newBuilder()
                .setId("ev-harbor").setLabel("Harbor fire, Nov 2023")
                .setArticles(List.of("harbor-fire-1", "harbor-fire-3"))
                .setFirstSeen(PUBLISHED).setLastSeen(LATER)
                .build();
    }

    public static Claim claim() {
        return Claim.newBuilder()
                .setArticle("harbor-fire-1").setEvent("ev-harbor").setOutlet("Example News").setPublished(PUBLISHED)
                .setOutcome(Outcome.injured).setCount(3).setQualifier(Qualifier.at_least).setHigh(null)
                .setVague(false).setGroup(VictimGroup.civilians).setAttribution("firefighters").setLocation("the harbor")
                .setBackground(false)
                .setText("At least 3 people were injured when a warehouse caught fire at the harbor, firefighters said.")
                .setStart(19).setEnd(112)
                .build();
    }

    public static FactState factState() {
        FactClaim behind = FactClaim.newBuilder()
                .setArticle("harbor-fire-1").setOutlet("Example News").setCount(3).setHigh(5L)
                .setQualifier(Qualifier.range).setVague(false).setAttribution("firefighters")
                .setText("Between 3 and 5 people were injured.").setPublished(PUBLISHED)
                .build();
        return FactState.newBuilder()
                .setKey("ev-harbor/injured/civilians").setEvent("ev-harbor").setOutcome(Outcome.injured)
                .setGroup(VictimGroup.civilians).setLow(3).setBest(4).setHigh(5).setQualifier(Qualifier.range)
                .setSources(1).setOrigins(1).setClaims(List.of(behind)).setVersion(2).setUpdated(LATER)
                .setHistory(List.of(FactPoint.newBuilder().setAt(PUBLISHED).setLow(3).setBest(3).setHigh(3).build()))
                .setTimeline(List.of(TimelinePoint.newBuilder().setAt(PUBLISHED).setLow(3).setBest(3).setHigh(3)
                        .setSources(1).build()))
                .setContested(true)
                .setCompeting(List.of(CompetingFigure.newBuilder().setCount(40).setQualifier(Qualifier.exact)
                        .setOrigins(List.of("article:harbor-fire-2")).setArticles(List.of("harbor-fire-2")).build()))
                .build();
    }

    public static FactUpdate factUpdate() {
        return FactUpdate.newBuilder()
                .setKey("ev-harbor/injured/civilians").setBefore(null).setAfter(factState())
                .setCause("harbor-fire-1").setAt(LATER)
                .build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setTopic(Topics.ARTICLES).setPartition(0).setOffset(41).setStage("deserialization")
                .setReason("unknown magic byte 0x7b").setException("org.apache.kafka.common.errors.SerializationException")
                .setKey(ByteBuffer.wrap("k1".getBytes(StandardCharsets.UTF_8)))
                .setValue(ByteBuffer.wrap("{\"id\":1}".getBytes(StandardCharsets.UTF_8)))
                .setAt(LATER)
                .build();
    }

    /** An earlier shape of Article, before event and extra were added: what an older producer writes. */
    public static final Schema OLDER_ARTICLE = new Schema.Parser().parse("""
            {"type": "record", "name": "Article", "namespace": "io.factwire.avro", "fields": [
              {"name": "id", "type": "string"},
              {"name": "url", "type": ["null", "string"], "default": null},
              {"name": "outlet", "type": ["null", "string"], "default": null},
              {"name": "title", "type": ["null", "string"], "default": null},
              {"name": "body", "type": "string"},
              {"name": "published", "type": ["null", {"type": "long", "logicalType": "timestamp-millis"}], "default": null},
              {"name": "ingested", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "source", "type": ["null", "string"], "default": null},
              {"name": "htmlStripped", "type": "boolean", "default": false}
            ]}""");

    /** An article as the older producer of {@link #OLDER_ARTICLE} writes it. */
    public static GenericRecord olderArticle() {
        GenericRecord old = new GenericData.Record(OLDER_ARTICLE);
        old.put("id", "a-old");
        old.put("body", "Two people were hurt.");
        old.put("ingested", PUBLISHED.toEpochMilli());
        old.put("htmlStripped", false);
        return old;
    }

    /** {@code record} plus a required field without default: a BACKWARD-incompatible change (old data lacks it). */
    public static Schema withRequiredField(Schema record, String field) {
        List<Schema.Field> fields = new ArrayList<>();
        record.getFields().forEach(existing -> fields.add(new Schema.Field(existing, existing.schema())));
        fields.add(new Schema.Field(field, Schema.create(Schema.Type.STRING), "required, no default", (Object) null));
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }

    /** Every value record type, keyed by the topic it travels on. */
    public static Map<String, SpecificRecord> byTopic() {
        return Map.of(
                Topics.ARTICLES, article(),
                Topics.ARTICLES_UNIQUE, article(),
                Topics.ARTICLES_DUPLICATES, duplicate(),
                Topics.EVENTS, event(),
                Topics.CLAIMS, claim(),
                Topics.FACTS, factState(),
                Topics.FACT_UPDATES, factUpdate(),
                Topics.DEAD_LETTERS, deadLetter());
    }
}
