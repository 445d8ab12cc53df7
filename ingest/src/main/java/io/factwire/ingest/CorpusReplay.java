package io.factwire.ingest;

import io.factwire.ingest.input.ParsedArticle;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Replays a corpus read into memory: in publication order, and several times over for benchmarks. */
public final class CorpusReplay {

    private CorpusReplay() {
    }

    /** The articles oldest first, undated ones last; a stable sort, so ties keep their input order. */
    public static List<ParsedArticle> inPublicationOrder(List<ParsedArticle> articles) {
        return articles.stream()
                .sorted(Comparator.comparing(ParsedArticle::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The articles {@code times} times over. The first pass keeps the ids; pass {@code k > 0} appends
     * {@code idSuffix + k}, so every repeat is a distinct article downstream (id {@code a1}, suffix {@code -r}:
     * {@code a1}, {@code a1-r1}, {@code a1-r2}, ...).
     */
    public static Stream<ParsedArticle> repeated(List<ParsedArticle> articles, int times, String idSuffix) {
        if (times < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1, was " + times);
        }
        return IntStream.range(0, times).boxed().flatMap(pass -> articles.stream()
                .map(article -> pass == 0 ? article : article.withId(article.id() + idSuffix + pass)));
    }
}
