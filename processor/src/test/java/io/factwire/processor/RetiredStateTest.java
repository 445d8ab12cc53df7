package io.factwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RetiredStateTest {

    @Test
    void aRetiredStoresChangelogUnderThisApplicationIdIsFound() {
        Set<String> topics = Set.of("articles", "factwire-processor-dedup-index-changelog",
                "factwire-processor-dedup-entries-changelog", "other-app-dedup-index-changelog");

        assertThat(RetiredState.among(topics, "factwire-processor")).containsExactly("factwire-processor-dedup-index-changelog");
        assertThat(RetiredState.among(topics, "fresh-app")).isEmpty();
        assertThat(RetiredState.refusal(Set.of("factwire-processor-dedup-index-changelog"), "factwire-processor"))
                .contains("older factwire topology").contains("./factwire demo --fresh").contains("kafka-streams-application-reset");
    }

    @Test
    void aRetiredHopUnderThisApplicationIdIsFoundAndTheCurrentHopsAreNot() {
        Set<String> topics = Set.of("app-dedup-sequence-repartition", "app-dedup-sequence-0-repartition",
                "app-dedup-sequence-5-repartition");

        assertThat(RetiredState.among(topics, "app")).containsExactly("app-dedup-sequence-repartition");
    }

    @Test
    void theCurrentTopologyUsesNoRetiredStoreOrHop() {
        String description = FactwireTopology.buildTopology(ProcessorConfig.defaults()).describe().toString();
        Set<String> asIfEveryStoreHadAChangelog = new java.util.HashSet<>();
        for (String word : description.split("[\\s,\\[\\]()]+")) {
            asIfEveryStoreHadAChangelog.add("app-" + word + "-changelog");
            asIfEveryStoreHadAChangelog.add("app-" + word);
        }

        assertThat(RetiredState.among(asIfEveryStoreHadAChangelog, "app")).isEmpty();
    }
}
