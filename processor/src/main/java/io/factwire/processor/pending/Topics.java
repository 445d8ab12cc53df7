package io.factwire.processor.pending;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.DeadLetter;
import io.factwire.avro.Duplicate;
import io.factwire.avro.Event;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Stand-in for io.factwire.schemas.Topics (plain Avro binary, no registry). */
public final class Topics {
    public static final String ARTICLES = "articles";
    public static final String ARTICLES_UNIQUE = "articles-unique";
    public static final String ARTICLES_DUPLICATES = "articles-duplicates";
    public static final String EVENTS = "events";
    public static final String CLAIMS = "claims";
    public static final String FACTS = "facts";
    public static final String FACT_UPDATES = "fact-updates";
    public static final String DEAD_LETTERS = "dead-letters";

    static {
        // Avro only instantiates trusted classes when reading: trust the generated contract classes.
        org.apache.avro.util.ClassSecurityValidator.setGlobal(org.apache.avro.util.ClassSecurityValidator.composite(
                org.apache.avro.util.ClassSecurityValidator.getGlobal(),
                type -> type.getName().startsWith("io.factwire.avro.")));
    }

    public Topics(Map<String, ?> serdeConfig) {}

    private static <V extends SpecificRecord> Topic<String, V> topic(String name, Class<V> type) {
        return new Topic<>(name, Serdes.String(), avro(type));
    }

    public static <V extends SpecificRecord> Serde<V> avro(Class<V> type) {
        return new AvroBinarySerde<>(type);
    }

    public Topic<String, Article> articles() { return topic(ARTICLES, Article.class); }
    public Topic<String, Article> articlesUnique() { return topic(ARTICLES_UNIQUE, Article.class); }
    public Topic<String, Duplicate> articlesDuplicates() { return topic(ARTICLES_DUPLICATES, Duplicate.class); }
    public Topic<String, Event> events() { return topic(EVENTS, Event.class); }
    public Topic<String, Claim> claims() { return topic(CLAIMS, Claim.class); }
    public Topic<String, FactState> facts() { return topic(FACTS, FactState.class); }
    public Topic<String, FactUpdate> factUpdates() { return topic(FACT_UPDATES, FactUpdate.class); }
    public Topic<String, DeadLetter> deadLetters() { return topic(DEAD_LETTERS, DeadLetter.class); }
}
