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
    void theCurrentTopologyUsesNoRetiredStore() {
        String description = FactwireTopology.buildTopology(ProcessorConfig.defaults()).describe().toString();
        Set<String> asIfEveryStoreHadAChangelog = new java.util.HashSet<>();
        for (String word : description.split("[\\s,\\[\\]()]+")) asIfEveryStoreHadAChangelog.add("app-" + word + "-changelog");

        assertThat(RetiredState.among(asIfEveryStoreHadAChangelog, "app")).isEmpty();
    }
}
