package io.factwire.bench.workload;

import io.factwire.ingest.input.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * New article texts made of corpus sentences. Repeating a small corpus verbatim under new ids would only exercise
 * dedup's exact-match path and never grow its index; a remix is a fresh draw of sentences from the whole corpus,
 * so the sentences that carry casualty figures come along at their corpus rate while the text as a whole is new.
 *
 * <p>Why the whole corpus and not the article's own topic: a topic holds a few hundred sentences, so after a few
 * thousand remixes every new one would share half its sentences with some earlier one and dedup would rightly
 * call it a copy. Drawing from about ten thousand sentences keeps two remixes (or a remix and a corpus article)
 * far below dedup's containment threshold of one half, provided no short article can be half-contained by one
 * drawn sentence: only articles of at least {@value #MIN_SOURCE_SENTENCES} sentences feed the pool. The price is
 * coherence: a remix reads as a collage of reports, and the events stage will mostly file it as an event of its
 * own, which is the state growth the scaling figures are about.
 */
final class SentenceRemix {

    /** ECB+ bodies hold one sentence a line; a body with no line breaks is split after sentence ends. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\n|(?<=[.!?][\"”’']?)\\s+(?=[\"“A-Z0-9])");
    static final int MIN_SOURCE_SENTENCES = 6;
    /** A shorter remix could be half made of one article (or of an earlier remix) by chance: a copy to dedup. */
    static final int MIN_REMIX_SENTENCES = 6;

    private final List<String> pool = new ArrayList<>();

    SentenceRemix(List<ParsedArticle> corpus) {
        for (ParsedArticle article : corpus) {
            List<String> sentences = sentences(article.body());
            if (sentences.size() >= MIN_SOURCE_SENTENCES) {
                pool.addAll(sentences);
            }
        }
    }

    /** True when the corpus has enough long articles to remix from. */
    boolean canRemix() {
        return pool.size() >= 4 * MIN_REMIX_SENTENCES;
    }

    /** A body about as long (in sentences) as {@code base}'s, of distinct pool sentences in random order. */
    String body(ParsedArticle base, SplittableRandom random) {
        int wanted = Math.min(Math.max(sentences(base.body()).size(), MIN_REMIX_SENTENCES), pool.size() / 4);
        List<Integer> chosen = new ArrayList<>(wanted);
        StringBuilder body = new StringBuilder();
        while (chosen.size() < wanted) {
            int pick = random.nextInt(pool.size());
            if (!chosen.contains(pick)) {
                chosen.add(pick);
                body.append(body.isEmpty() ? "" : "\n").append(pool.get(pick));
            }
        }
        return body.toString();
    }

    static List<String> sentences(String body) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(body)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }
}
