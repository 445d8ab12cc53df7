package io.factwire.processor;

import static io.factwire.processor.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Article;
import io.factwire.avro.Claim;
import io.factwire.avro.DeadLetter;
import io.factwire.avro.FactState;
import io.factwire.avro.FactUpdate;
import io.factwire.avro.Outcome;
import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import io.factwire.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactwireTopologyTest {

    /** A toy reader: "N police killed" and "N civilians injured" sentences; "explode" makes it throw. */
    private static final Pattern FIGURE = Pattern.compile("(\\d+) (police|civilians) (killed|injured)");

    @TempDir
    Path stateDir;

    private ProcessorConfig config;
    private Topology topology;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<String, byte[]> rawArticles;
    private TestOutputTopic<String, Article> unique;
    private TestOutputTopic<String, FactState> facts;
    private TestOutputTopic<String, FactUpdate> updates;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    private static List<Claim> read(Article article) {
        if (article.getBody().contains("explode")) throw new IllegalStateException("cannot read " + article.getId());
        List<Claim> claims = new ArrayList<>();
        Matcher figure = FIGURE.matcher(article.getBody());
        while (figure.find()) {
            claims.add(Claim.newBuilder()
                    .setArticle(article.getId()).setEvent(article.getEvent()).setOutlet(article.getOutlet())
                    .setPublished(article.getPublished())
                    .setOutcome(figure.group(3).equals("killed") ? Outcome.killed : Outcome.injured)
                    .setCount(Long.parseLong(figure.group(1))).setQualifier(Qualifier.exact)
                    .setGroup(figure.group(2).equals("police") ? VictimGroup.security_forces : VictimGroup.civilians)
                    .setText(figure.group()).setStart(figure.start()).setEnd(figure.end())
                    .build());
        }
        return claims;
    }

    @BeforeEach
    void start() {
        config = TestDrivers.config(stateDir);
        Topics topics = new Topics(config.asMap());
        topology = FactwireTopology.buildTopology(config, FactwireTopologyTest::read);
        driver = new TopologyTestDriver(topology, config.streamsProperties());
        articles = driver.createInputTopic(Topics.ARTICLES, Serdes.String().serializer(), topics.articles().valueSerde().serializer());
        rawArticles = driver.createInputTopic(Topics.ARTICLES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        unique = driver.createOutputTopic(Topics.ARTICLES_UNIQUE, Serdes.String().deserializer(),
                topics.articlesUnique().valueSerde().deserializer());
        facts = driver.createOutputTopic(Topics.FACTS, Serdes.String().deserializer(), topics.facts().valueSerde().deserializer());
        updates = driver.createOutputTopic(Topics.FACT_UPDATES, Serdes.String().deserializer(),
                topics.factUpdates().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, Serdes.String().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void articlesBecomeFactsWithTotals() {
        articles.pipeInput("a1", article("a1", "Riots in Almaty, Kazakhstan: officials said 8 police killed and 20 civilians injured in Almaty."));
        articles.pipeInput("a2", article("a2", "Riots in Almaty, Kazakhstan: later 13 police killed in Almaty, the ministry said."));

        Map<String, FactState> latest = facts.readKeyValuesToMap();
        String event = latest.values().iterator().next().getEvent();
        FactState police = latest.get(event + "/killed/security_forces");
        assertThat(police.getLow()).isEqualTo(8);
        assertThat(police.getBest()).isEqualTo(13);
        assertThat(police.getSources()).isEqualTo(2);
        assertThat(latest.get(event + "/killed/all").getBest()).isEqualTo(13);
        assertThat(latest.get(event + "/injured/civilians").getBest()).isEqualTo(20);
        assertThat(updates.readValuesToList()).isNotEmpty();
    }

    @Test
    void whenTwoEventsProveToBeOneTheAbsorbedFactsAreRemovedAndTheSurvivorsCountEverySource() {
        articles.pipeInput("a1", article("a1", "Crews drove to Pellow, Quorn, Rilla and Sarn; 3 police killed."));
        articles.pipeInput("a2", article("a2", "Crews drove to Sarn, Tolb, Ucker and Vell; 4 police killed."));
        Map<String, String> founded = eventsOf(unique.readKeyValuesToList());
        assertThat(founded.get("a1")).isNotEqualTo(founded.get("a2"));
        facts.readKeyValuesToList();
        updates.readKeyValuesToList();

        articles.pipeInput("a3", article("a3", "Crews drove to Quorn, Rilla, Sarn, Tolb and Ucker; 4 police killed."));

        String survivor = eventsOf(unique.readKeyValuesToList()).get("a3");
        String absorbed = survivor.equals(founded.get("a1")) ? founded.get("a2") : founded.get("a1");
        String movedArticle = absorbed.equals(founded.get("a1")) ? "a1" : "a2";
        Map<String, FactState> changed = new HashMap<>();
        facts.readKeyValuesToList().forEach(fact -> changed.put(fact.key, fact.value));
        assertThat(changed).containsEntry(absorbed + "/killed/security_forces", null).containsEntry(absorbed + "/killed/all", null);
        FactState police = changed.get(survivor + "/killed/security_forces");
        assertThat(police.getSources()).isEqualTo(3);
        assertThat(police.getLow()).isEqualTo(3);
        assertThat(police.getBest()).isEqualTo(4);
        assertThat(police.getEvent()).isEqualTo(survivor);
        List<FactUpdate> feed = updates.readValuesToList();
        assertThat(feed).filteredOn(update -> update.getKey().equals(absorbed + "/killed/security_forces"))
                .singleElement()
                .satisfies(removal -> {
                    assertThat(removal.getAfter().getSources()).isZero();
                    assertThat(removal.getCause()).isEqualTo(movedArticle);
                });
    }

    private static Map<String, String> eventsOf(List<KeyValue<String, Article>> records) {
        Map<String, String> events = new HashMap<>();
        records.forEach(record -> events.put(record.key, record.value.getEvent()));
        return events;
    }

    @Test
    void unreadableBytesOnArticlesAreADeadLetterAndTheAppGoesOn() {
        rawArticles.pipeInput("junk", "not avro at all".getBytes(StandardCharsets.UTF_8));
        articles.pipeInput("a1", article("a1", "8 police killed."));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo("deserialization");
        assertThat(letter.getOffset()).isZero();
        assertThat(StandardCharsets.UTF_8.decode(letter.getValue()).toString()).isEqualTo("not avro at all");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(facts.readKeyValuesToMap()).isNotEmpty();
    }

    @Test
    void anArticleTheExtractorThrowsOnIsADeadLetterOfTheClaimsStage() {
        articles.pipeInput("bad", article("bad", "this will explode"));
        articles.pipeInput("a1", article("a1", "8 police killed."));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo("claims");
        assertThat(letter.getReason()).contains("cannot read bad");
        assertThat(letter.getException()).isEqualTo(IllegalStateException.class.getName());
        assertThat(StandardCharsets.UTF_8.decode(letter.getValue()).toString()).contains("this will explode");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(facts.readKeyValuesToMap()).isNotEmpty();
    }

    @Test
    void whatAnArticleBecomesCarriesWhenItWasIngestedThoughItsPublisherDidNotSay() {
        Article article = article("a1", "8 police killed.");
        articles.pipeInput("a1", article);
        TestRecord<String, FactUpdate> update = updates.readRecord();
        assertThat(Topics.ingestedAt(update.headers())).contains(article.getIngested());
        assertThat(Topics.ingestedAt(unique.readRecord().headers())).contains(article.getIngested());
    }

    @Test
    void everyProcessorStoreAndInternalTopicIsNamed() {
        String description = topology.describe().toString();
        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        assertThat(config.streamsProperties().getProperty("ensure.explicit.internal.resource.naming")).isEqualTo("true");
    }
}
