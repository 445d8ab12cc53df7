package io.factwire.bench.workload;

import io.factwire.bench.workload.WorkloadItem.Kind;
import io.factwire.ingest.input.ParsedArticle;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An endless, deterministic stream of articles made from a corpus: the corpus once as it is, then pass after pass
 * under new ids (remixed or verbatim, see {@link WorkloadMix#remix}), with syndicated copies and exact re-sends
 * mixed in at the configured shares.
 *
 * <p>Shares are kept exactly rather than drawn at random: after {@code n} items, {@code floor(n * share)} copies
 * (and re-sends) are due, and a due one is served as soon as there is an earlier article to copy. The article a
 * copy or re-send repeats is one of the {@value #RECENT} latest fresh articles, as syndication happens within hours.
 * Every fresh article is a pure function of its sequence number and the seed, so a re-send is regenerated rather
 * than kept: memory stays flat however long the stream.
 */
public final class WorkloadGenerator implements Iterator<WorkloadItem> {

    static final int RECENT = 1000;
    static final String BENCH_URL = "https://bench.factwire.invalid/";
    private static final String[] OUTLETS = {"Lakeside Courier", "Northern Wire", "Harbour Daily", "Plains Gazette",
            "Valley Dispatch"};

    private final List<ParsedArticle> corpus;
    private final WorkloadMix mix;
    private final long seed;
    private final SentenceRemix remix;
    private final SplittableRandom picks;
    private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    private long produced;
    private long fresh;
    private long copiesDue;
    private long resendsDue;

    public WorkloadGenerator(List<ParsedArticle> corpus, WorkloadMix mix, long seed) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no articles to build a workload from");
        }
        this.corpus = List.copyOf(corpus);
        this.mix = mix;
        this.seed = seed;
        this.remix = new SentenceRemix(this.corpus);
        if (mix.remix() && !remix.canRemix()) {
            throw new IllegalArgumentException("the corpus has too few articles of " + SentenceRemix.MIN_SOURCE_SENTENCES
                    + "+ sentences to remix into new texts; use --verbatim-repeats");
        }
        this.picks = new SplittableRandom(seed);
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0L);
        }
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public WorkloadItem next() {
        copiesDue += dueAfter(produced + 1, mix.copies()) - dueAfter(produced, mix.copies());
        resendsDue += dueAfter(produced + 1, mix.resends()) - dueAfter(produced, mix.resends());
        produced++;
        WorkloadItem item;
        if (resendsDue > 0 && fresh > 0) {
            resendsDue--;
            item = new WorkloadItem(Kind.RESEND, freshArticle(recentFresh()));
        } else if (copiesDue > 0 && fresh > 0) {
            copiesDue--;
            item = new WorkloadItem(Kind.COPY, copy(freshArticle(recentFresh()), counts.get(Kind.COPY)));
        } else {
            long sequence = fresh++;
            item = new WorkloadItem(sequence < corpus.size() ? Kind.ORIGINAL : Kind.REPEAT, freshArticle(sequence));
        }
        counts.merge(item.kind(), 1L, Long::sum);
        return item;
    }

    /** How many items of each kind were generated so far. */
    public Map<Kind, Long> counts() {
        return Map.copyOf(counts);
    }

    public long produced() {
        return produced;
    }

    private static long dueAfter(long items, double share) {
        return (long) Math.floor(items * share);
    }

    private long recentFresh() {
        return fresh - 1 - picks.nextInt((int) Math.min(fresh, RECENT));
    }

    /** Fresh article number {@code sequence}: pass {@code sequence / corpus size} over the corpus. */
    ParsedArticle freshArticle(long sequence) {
        ParsedArticle base = corpus.get((int) (sequence % corpus.size()));
        long pass = sequence / corpus.size();
        if (pass == 0) {
            return base;
        }
        String id = base.id() + "~r" + pass;
        if (!mix.remix()) {
            return base.withId(id);
        }
        String body = remix.body(base, pass, new SplittableRandom(mix(seed + mix(sequence))));
        String title = base.title() == null ? null : SentenceRemix.renamed(base.title(), pass);
        return new ParsedArticle(id, base.url() == null ? null : BENCH_URL + id, base.outlet(), title, body,
                base.published(), base.position(), base.htmlStripped(), base.extra());
    }

    /**
     * A well-spread 64-bit function of {@code value} (Stafford's mix 13). Needed because a SplittableRandom seeded
     * with {@code s} walks {@code s + k * GOLDEN_GAMMA}: seeds that are multiples of that gamma apart, such as
     * {@code sequence * GOLDEN_GAMMA}, give streams that are the same numbers shifted by one.
     */
    static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The source's text as another outlet runs it: its own headline, dateline and footer. */
    private static ParsedArticle copy(ParsedArticle source, long copyNumber) {
        String outlet = OUTLETS[(int) (copyNumber % OUTLETS.length)];
        String id = source.id() + "~c" + copyNumber;
        String headline = outlet + " reports: " + firstWords(source.body(), 8);
        String body = "(" + outlet + ") - " + source.body() + "\n"
                + "Copyright " + outlet + ". Reporting by the " + outlet + " desk; story " + copyNumber + ".";
        return new ParsedArticle(id, BENCH_URL + id, outlet, headline, body, source.published(), source.position(),
                false, source.extra());
    }

    private static String firstWords(String text, int words) {
        String[] split = text.strip().split("\\s+", words + 1);
        return String.join(" ", java.util.Arrays.copyOf(split, Math.min(words, split.length)));
    }
}
