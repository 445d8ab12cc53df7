package io.factwire.processor.facts;

import static io.factwire.processor.facts.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.avro.Qualifier;
import io.factwire.avro.VictimGroup;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactTotalsTest {

    private final FactPolicy policy = new FactPolicy();

    private FactFigures figures(VictimGroup group, String article, long count, Qualifier qualifier) {
        return policy.figures(List.of(claim(article, count, qualifier).setGroup(group).build())).orElseThrow();
    }

    @Test
    void namedGroupsAddUp() {
        Map<VictimGroup, FactFigures> groups = new EnumMap<>(VictimGroup.class);
        groups.put(VictimGroup.security_forces, figures(VictimGroup.security_forces, "a1", 13, Qualifier.exact));
        groups.put(VictimGroup.civilians, figures(VictimGroup.civilians, "a2", 5, Qualifier.exact));

        FactFigures total = FactTotals.total(groups, 100).orElseThrow();
        assertThat(total.best()).isEqualTo(18);
        assertThat(total.qualifier()).isEqualTo(Qualifier.exact);
        assertThat(total.sources()).isEqualTo(2);
    }

    @Test
    void aLargerStatedOverallTollWins() {
        Map<VictimGroup, FactFigures> groups = new EnumMap<>(VictimGroup.class);
        groups.put(VictimGroup.security_forces, figures(VictimGroup.security_forces, "a1", 13, Qualifier.exact));
        groups.put(VictimGroup.civilians, figures(VictimGroup.civilians, "a2", 5, Qualifier.at_least));
        groups.put(VictimGroup.unspecified, figures(VictimGroup.unspecified, "a3", 40, Qualifier.about));

        FactFigures total = FactTotals.total(groups, 100).orElseThrow();
        assertThat(total.low()).isEqualTo(40);
        assertThat(total.best()).isEqualTo(40);
        assertThat(total.qualifier()).isEqualTo(Qualifier.about);
        assertThat(total.sources()).isEqualTo(3);
    }

    @Test
    void aSumWithAFloorInItIsAFloor() {
        Map<VictimGroup, FactFigures> groups = new EnumMap<>(VictimGroup.class);
        groups.put(VictimGroup.security_forces, figures(VictimGroup.security_forces, "a1", 13, Qualifier.exact));
        groups.put(VictimGroup.civilians, figures(VictimGroup.civilians, "a2", 500, Qualifier.more_than));
        groups.put(VictimGroup.unspecified, figures(VictimGroup.unspecified, "a3", 24, Qualifier.at_least));

        FactFigures total = FactTotals.total(groups, 100).orElseThrow();
        assertThat(total.best()).isEqualTo(513);
        assertThat(total.qualifier()).isEqualTo(Qualifier.at_least);
    }

    private FactFigures figures(VictimGroup group, long count, String... articles) {
        return policy.figures(java.util.Arrays.stream(articles)
                .map(article -> claim(article, count, Qualifier.exact).setGroup(group).build()).toList()).orElseThrow();
    }

    @Test
    void aPartCountsOnlyWhatTwoOriginsCommitToWhenItWouldLiftATotalThatSeveralState() {
        Map<VictimGroup, FactFigures> groups = new EnumMap<>(VictimGroup.class);
        groups.put(VictimGroup.unspecified, figures(VictimGroup.unspecified, 1000, "a1", "a2", "a3"));
        List<io.factwire.avro.Claim> civilians = new java.util.ArrayList<>(java.util.stream.Stream.of("a1", "a4", "a5")
                .map(article -> claim(article, 1000, Qualifier.exact).setGroup(VictimGroup.civilians).build()).toList());
        civilians.add(claim("a6", 1500, Qualifier.more_than).setGroup(VictimGroup.civilians).build());
        groups.put(VictimGroup.civilians, policy.figures(civilians).orElseThrow());
        groups.put(VictimGroup.security_forces, figures(VictimGroup.security_forces, 14, "a7", "a8"));

        FactFigures total = FactTotals.total(groups, 100).orElseThrow();
        assertThat(groups.get(VictimGroup.civilians).best()).isEqualTo(1500);
        assertThat(total.best()).isEqualTo(1014);
        assertThat(total.high()).isEqualTo(1514);
        assertThat(total.contested()).isTrue();
        assertThat(total.competing()).extracting(figure -> figure.getCount()).containsExactly(1514L, 1014L);
    }

    @Test
    void withoutAnOverallTollOfSeveralArticlesThePartsBestFiguresAddUp() {
        Map<VictimGroup, FactFigures> groups = new EnumMap<>(VictimGroup.class);
        List<io.factwire.avro.Claim> civilians = new java.util.ArrayList<>(java.util.stream.Stream.of("a1", "a4")
                .map(article -> claim(article, 1000, Qualifier.exact).setGroup(VictimGroup.civilians).build()).toList());
        civilians.add(claim("a6", 1500, Qualifier.more_than).setGroup(VictimGroup.civilians).build());
        groups.put(VictimGroup.civilians, policy.figures(civilians).orElseThrow());
        groups.put(VictimGroup.unspecified, figures(VictimGroup.unspecified, 1000, "a1"));

        FactFigures total = FactTotals.total(groups, 100).orElseThrow();
        assertThat(total.best()).isEqualTo(1500);
        assertThat(total.contested()).isFalse();
    }

    @Test
    void onePartOfOneArticleCannotLiftATotalThatSeveralStateAndTheTotalIsContested() {
        Map<VictimGroup, FactFigures> groups = new EnumMap<>(VictimGroup.class);
        groups.put(VictimGroup.unspecified, figures(VictimGroup.unspecified, 1200, "a1", "a2", "a3"));
        groups.put(VictimGroup.civilians, figures(VictimGroup.civilians, 1200, "a1", "a4"));
        groups.put(VictimGroup.militants, figures(VictimGroup.militants, 1200, "a5"));

        FactFigures total = FactTotals.total(groups, 100).orElseThrow();
        assertThat(total.best()).isEqualTo(1200);
        assertThat(total.low()).isEqualTo(1200);
        assertThat(total.high()).isEqualTo(2400);
        assertThat(total.contested()).isTrue();
        assertThat(total.competing()).extracting(figure -> figure.getCount()).containsExactly(2400L, 1200L);
        assertThat(total.competing().getFirst().getArticles()).contains("a5");
    }

    @Test
    void aSecondArticleReleasesThePart() {
        Map<VictimGroup, FactFigures> groups = new EnumMap<>(VictimGroup.class);
        groups.put(VictimGroup.unspecified, figures(VictimGroup.unspecified, 1200, "a1", "a2", "a3"));
        groups.put(VictimGroup.civilians, figures(VictimGroup.civilians, 1200, "a1", "a4"));
        groups.put(VictimGroup.militants, figures(VictimGroup.militants, 1200, "a5", "a6"));

        FactFigures total = FactTotals.total(groups, 100).orElseThrow();
        assertThat(total.best()).isEqualTo(2400);
        assertThat(total.contested()).isFalse();
    }

    @Test
    void noGroupsNoTotal() {
        assertThat(FactTotals.total(Map.of(), 100)).isEmpty();
    }
}
