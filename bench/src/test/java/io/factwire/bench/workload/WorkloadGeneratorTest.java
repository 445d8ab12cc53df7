package io.factwire.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factwire.bench.workload.WorkloadItem.Kind;
import io.factwire.ingest.input.ParsedArticle;
import io.factwire.ingest.input.SourcePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkloadGeneratorTest {

    /** Invented articles in four topics: a hundred of ten one-line sentences, then five short ones of two. */
    private static final List<ParsedArticle> CORPUS = IntStream.range(0, 105).mapToObj(WorkloadGeneratorTest::article).toList();

    private static ParsedArticle article(int n) {
        int topic = n % 4;
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < (n < 100 ? 10 : 2); s++) {
            body.append("In town ").append(topic).append(" report ").append(n).append(" line ").append(s)
                    .append(" says the river rose and ").append(s + n).append(" homes were flooded.\n");
        }
        return new ParsedArticle("a" + n, "https://example.invalid/a" + n, "Outlet " + topic, "Title " + n,
                body.toString().strip(), Instant.parse("2024-01-01T00:00:00Z"), new SourcePosition("test.jsonl", n + 1),
                false, Map.of("topic", Integer.toString(topic)));
    }

    private static List<WorkloadItem> generate(WorkloadMix mix, int count) {
        WorkloadGenerator generator = new WorkloadGenerator(CORPUS, mix, 7);
        List<WorkloadItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(generator.next());
        }
        return items;
    }

    @Test
    void everyArticleButTheResendsHasItsOwnId() {
        List<WorkloadItem> items = generate(new WorkloadMix(0.1, 0.05, true), 2_000);
        Set<String> ids = new HashSet<>();
        for (WorkloadItem item : items) {
            if (item.kind() != Kind.RESEND) {
                assertThat(ids.add(item.id())).as("id %s seen before", item.id()).isTrue();
            }
        }
        assertThat(ids).hasSize((int) items.stream().filter(item -> item.kind() != Kind.RESEND).count());
    }

    @Test
    void copiesAndResendsComeAtTheirShares() {
        List<WorkloadItem> items = generate(new WorkloadMix(0.1, 0.05, true), 2_000);
        Map<Kind, Long> kinds = new HashMap<>();
        items.forEach(item -> kinds.merge(item.kind(), 1L, Long::sum));
        // a copy falling due together with a re-send waits one item: at most one can still be owed at the end
        assertThat(kinds.get(Kind.COPY)).isBetween(199L, 200L);
        assertThat(kinds.get(Kind.RESEND)).isEqualTo(100);
        assertThat(kinds.get(Kind.ORIGINAL)).isEqualTo(CORPUS.size());
        assertThat(kinds.get(Kind.REPEAT)).isEqualTo(2_000 - kinds.get(Kind.COPY) - 100 - CORPUS.size());
    }

    @Test
    void aResendIsAnEarlierArticleExactly() {
        List<WorkloadItem> items = generate(new WorkloadMix(0, 0.2, true), 300);
        Map<String, ParsedArticle> earlier = new HashMap<>();
        for (WorkloadItem item : items) {
            if (item.kind() == Kind.RESEND) {
                assertThat(earlier).containsKey(item.id());
                assertThat(item.article()).isEqualTo(earlier.get(item.id()));
            } else {
                earlier.put(item.id(), item.article());
            }
        }
    }

    @Test
    void aCopyCarriesItsSourceTextUnderANewHeadlineAndUrl() {
        List<WorkloadItem> items = generate(new WorkloadMix(0.3, 0, true), 100);
        Map<String, ParsedArticle> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.id(), item.article()));
        List<WorkloadItem> copies = items.stream().filter(item -> item.kind() == Kind.COPY).toList();
        assertThat(copies).hasSize(30);
        for (WorkloadItem copy : copies) {
            ParsedArticle source = byId.get(copy.id().substring(0, copy.id().indexOf("~c")));
            assertThat(copy.article().body()).contains(source.body()).isNotEqualTo(source.body());
            assertThat(copy.article().title()).isNotEqualTo(source.title());
            assertThat(copy.article().url()).isNotEqualTo(source.url());
        }
    }

    @Test
    void theCorpusComesFirstAsItIs() {
        List<WorkloadItem> items = generate(new WorkloadMix(0, 0, true), CORPUS.size());
        assertThat(items).extracting(WorkloadItem::article).containsExactlyElementsOf(CORPUS);
    }

    @Test
    void remixedRepeatsShareLessThanHalfTheirSentencesWithAnyCorpusArticle() {
        List<WorkloadItem> repeats = generate(new WorkloadMix(0, 0, true), 1_000).stream()
                .filter(item -> item.kind() == Kind.REPEAT).toList();
        assertThat(repeats).isNotEmpty();
        Map<String, Set<String>> corpusSentences = new HashMap<>();
        CORPUS.forEach(original -> corpusSentences.put(original.id(), new HashSet<>(SentenceRemix.sentences(original.body()))));
        for (WorkloadItem repeat : repeats) {
            List<String> sentences = SentenceRemix.sentences(repeat.article().body());
            assertThat(sentences).hasSizeGreaterThanOrEqualTo(SentenceRemix.MIN_REMIX_SENTENCES);
            corpusSentences.forEach((id, theirs) -> {
                long shared = sentences.stream().filter(theirs::contains).count();
                assertThat((double) shared / Math.min(sentences.size(), theirs.size()))
                        .as("%s vs %s", repeat.id(), id).isLessThan(0.5);
            });
        }
    }

    @Test
    void remixesShareLessThanHalfTheirSentencesWithEachOther() {
        List<List<String>> remixes = generate(new WorkloadMix(0, 0, true), 600).stream()
                .filter(item -> item.kind() == Kind.REPEAT)
                .map(item -> SentenceRemix.sentences(item.article().body()))
                .toList();
        for (int i = 0; i < remixes.size(); i++) {
            Set<String> mine = new HashSet<>(remixes.get(i));
            for (int j = 0; j < i; j++) {
                List<String> theirs = remixes.get(j);
                long shared = theirs.stream().filter(mine::contains).count();
                assertThat((double) shared / Math.min(mine.size(), theirs.size())).as("remix %d vs %d", i, j)
                        .isLessThan(0.5);
            }
        }
    }

    @Test
    void verbatimRepeatsKeepTheCorpusText() {
        List<WorkloadItem> items = generate(new WorkloadMix(0, 0, false), 2 * CORPUS.size());
        for (int i = CORPUS.size(); i < items.size(); i++) {
            assertThat(items.get(i).kind()).isEqualTo(Kind.REPEAT);
            assertThat(items.get(i).article().body()).isEqualTo(CORPUS.get(i - CORPUS.size()).body());
            assertThat(items.get(i).id()).isEqualTo(CORPUS.get(i - CORPUS.size()).id() + "~r1");
        }
    }

    @Test
    void theSameSeedGivesTheSameWorkload() {
        WorkloadMix mix = new WorkloadMix(0.1, 0.05, true);
        assertThat(generate(mix, 500)).isEqualTo(generate(mix, 500));
    }

    @Test
    void sharesOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new WorkloadMix(-0.1, 0, true)).hasMessageContaining("--copies");
        assertThatThrownBy(() -> new WorkloadMix(0, 1.5, true)).hasMessageContaining("--resends");
        assertThatThrownBy(() -> new WorkloadMix(0.5, 0.45, true)).hasMessageContaining("below 0.9");
    }
}
