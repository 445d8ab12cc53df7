package io.factwire.processor.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The buckets of one ingest-time epoch in memory: bucket key (64-bit hash) to the articles filed under it, newest
 * filed first. The decision files articles in rank order, so that is their ingest order, bar records that came late.
 *
 * <p>Laid out for the heap: an article is filed under some 42 keys and a replay can put hundreds of thousands of
 * articles in one epoch. The newest pairs (key, article) sit in a small open table with a chain per key; every
 * {@value #OPEN_PAIRS} pairs the table is sorted into a run, two parallel arrays of keys and article numbers: 12 bytes
 * a pair, where a table of all of them cost some 26 (a slot of key and chain head at half load, and a chain node).
 * Runs are merged pairwise while they stay small, as in a log-structured merge tree; a merge holds both inputs and
 * its output at once, which {@value #MAX_RUN_PAIRS} pairs bound. Most keys probed were never filed (a band of a text
 * nobody copied): a filter of all keys (two bits a key, some 8 bits a pair: about 5 % false positives) answers those
 * at once, and only the others binary-search the runs, each run only if its own filter (another 8 bits a pair) may
 * hold the key.
 *
 * <p>Measured on 500,000 articles of 42 random keys each: some 660 bytes an article of heap (the table of chains
 * it replaces: 1,500), 0.4 microseconds a probe of an absent key, as before; the runs' filters add some 42 bytes.
 */
final class KeyChains {
    /** Pairs the open table takes before it is sorted into a run. */
    static final int OPEN_PAIRS = 1 << 16;
    /** Runs are merged only while the result stays within this many pairs (24 MB). */
    static final int MAX_RUN_PAIRS = 1 << 21;

    /** Entries by article number, from {@link #first}: those below it were forgotten with the runs that held them. */
    private final List<IndexEntry> articles = new ArrayList<>();
    private int first;
    private OpenTable open = new OpenTable();
    /** Sorted runs, oldest first: every article of a run was filed before any of the next run's. */
    private final List<Run> runs = new ArrayList<>();
    /** A filter of every key filed, rebuilt twice as large whenever the pairs outgrow 8 bits each. */
    private long[] filter = new long[OPEN_PAIRS / 8];
    private long pairs;

    /** Files the entry under every key. */
    void file(IndexEntry entry, long[] entryKeys) {
        int article = first + articles.size();
        articles.add(entry);
        for (long key : entryKeys) {
            // A full table becomes a run even in the middle of an article: its pairs are older than the next ones.
            if (open.pairs == OPEN_PAIRS) {
                runs.add(open.toRun());
                open = new OpenTable();
                mergeSmallRuns();
            }
            open.add(key, article);
            if (++pairs > filter.length * 8L) filter = rebuiltFilter(filter.length * 2);
            addTo(filter, key);
        }
    }

    /** Appends the last {@code limit} entries filed under the key, newest filed first. */
    void newest(long key, int limit, List<IndexEntry> into) {
        if (!mightContain(filter, key)) return;
        int taken = open.newest(key, limit, this, into);
        for (int i = runs.size() - 1; i >= 0 && taken < limit; i--) {
            Run run = runs.get(i);
            if (mightContain(run.filter(), key)) taken += run.newest(key, limit - taken, this, into);
        }
    }

    /** Articles filed and not forgotten. */
    int indexed() {
        return articles.size();
    }

    /**
     * Forgets the oldest run, the articles filed longest ago (tens of thousands once runs have grown); false when
     * every pair is still in the open table.
     */
    boolean forgetOldest() {
        if (runs.isEmpty()) return false;
        Run oldest = runs.removeFirst();
        pairs -= oldest.size();
        // Up to the first article still filed: the run's last one may have pairs in the next run (a table can fill in
        // the middle of an article).
        int kept = runs.isEmpty() ? open.firstArticle(first + articles.size()) : runs.getFirst().firstArticle();
        articles.subList(0, kept - first).clear();
        first = kept;
        filter = rebuiltFilter(filter.length);
        return true;
    }

    private IndexEntry entry(int article) {
        return articles.get(article - first);
    }

    private void mergeSmallRuns() {
        while (runs.size() >= 2) {
            Run newer = runs.get(runs.size() - 1);
            Run older = runs.get(runs.size() - 2);
            if (older.size() > newer.size() || older.size() + newer.size() > MAX_RUN_PAIRS) return;
            runs.remove(runs.size() - 1);
            runs.set(runs.size() - 1, Run.merge(older, newer));
        }
    }

    /**
     * Pairs sorted by key, then by article number (the order they were filed in), behind a filter of their own keys:
     * a key filed in a few runs is looked for only in those (a binary search of a large run costs some twenty cache
     * misses, and at 500,000 articles the searches took a tenth of the decision's thread).
     */
    private record Run(long[] keys, int[] articles, long[] filter) {
        Run(long[] keys, int[] articles) {
            this(keys, articles, filterOf(keys));
        }

        private static long[] filterOf(long[] keys) {
            // At least 8 bits a pair, as the filter of all keys; a power of two of longs, as set() needs.
            int longs = Math.max(1, (keys.length + 7) / 8);
            long[] filter = new long[Integer.bitCount(longs) == 1 ? longs : Integer.highestOneBit(longs) << 1];
            for (long key : keys) addTo(filter, key);
            return filter;
        }

        int size() {
            return keys.length;
        }

        int firstArticle() {
            int first = Integer.MAX_VALUE;
            for (int article : articles) first = Math.min(first, article);
            return first;
        }

        int newest(long key, int limit, KeyChains chains, List<IndexEntry> into) {
            int at = afterLast(key) - 1;
            int taken = 0;
            for (; at >= 0 && keys[at] == key && taken < limit; at--, taken++) into.add(chains.entry(articles[at]));
            return taken;
        }

        /** The index after the last pair with this key (or where it would be). */
        private int afterLast(long key) {
            int low = 0;
            int high = keys.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (keys[middle] <= key) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        /** Every article of {@code newer} was filed after those of {@code older}: on a tie of keys, older ones first. */
        static Run merge(Run older, Run newer) {
            long[] keys = new long[older.size() + newer.size()];
            int[] articles = new int[keys.length];
            int i = 0;
            int j = 0;
            for (int out = 0; out < keys.length; out++) {
                boolean fromOlder = j == newer.size() || (i < older.size() && older.keys[i] <= newer.keys[j]);
                keys[out] = fromOlder ? older.keys[i] : newer.keys[j];
                articles[out] = fromOlder ? older.articles[i++] : newer.articles[j++];
            }
            return new Run(keys, articles);
        }

    }

    /**
     * The newest pairs: open addressing from key to the head of its chain, newest first. Fixed size: at most
     * {@value #OPEN_PAIRS} pairs, so at most that many keys, in a table twice as large.
     */
    private static final class OpenTable {
        private static final int NONE = -1;
        private final long[] slotKeys = new long[2 * OPEN_PAIRS];
        private final int[] heads = filled(2 * OPEN_PAIRS);
        private final long[] pairKeys = new long[OPEN_PAIRS];
        private final int[] pairArticles = new int[OPEN_PAIRS];
        private final int[] pairNext = new int[OPEN_PAIRS];
        private int pairs;

        void add(long key, int article) {
            int slot = slot(key);
            slotKeys[slot] = key;
            pairKeys[pairs] = key;
            pairArticles[pairs] = article;
            pairNext[pairs] = heads[slot];
            heads[slot] = pairs++;
        }

        /** The first article with a pair here, or {@code none} when the table is empty. */
        int firstArticle(int none) {
            return pairs == 0 ? none : pairArticles[0];
        }

        int newest(long key, int limit, KeyChains chains, List<IndexEntry> into) {
            int taken = 0;
            for (int at = heads[slot(key)]; at != NONE && taken < limit; at = pairNext[at], taken++) {
                into.add(chains.entry(pairArticles[at]));
            }
            return taken;
        }

        /** The pairs sorted by key, then article: a stable sort of the pairs in the order they were added. */
        Run toRun() {
            Integer[] order = new Integer[pairs];
            for (int i = 0; i < pairs; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Long.compare(pairKeys[a], pairKeys[b]));
            long[] keys = new long[pairs];
            int[] articles = new int[pairs];
            for (int i = 0; i < pairs; i++) {
                keys[i] = pairKeys[order[i]];
                articles[i] = pairArticles[order[i]];
            }
            return new Run(keys, articles);
        }

        /** The slot holding the key, or the empty slot where it would go (linear probing). */
        private int slot(long key) {
            int mask = slotKeys.length - 1;
            int slot = (int) mix(key) & mask;
            while (heads[slot] != NONE && slotKeys[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        private static int[] filled(int size) {
            int[] values = new int[size];
            Arrays.fill(values, NONE);
            return values;
        }
    }

    private long[] rebuiltFilter(int size) {
        long[] rebuilt = new long[size];
        for (Run run : runs) for (long key : run.keys()) addTo(rebuilt, key);
        for (int i = 0; i < open.pairs; i++) addTo(rebuilt, open.pairKeys[i]);
        return rebuilt;
    }

    /** A filter sets two bits a key, from the two halves of its mixed hash. */
    private static void addTo(long[] filter, long key) {
        long mixed = mix(key);
        set(filter, (int) mixed);
        set(filter, (int) (mixed >>> 32));
    }

    private static boolean mightContain(long[] filter, long key) {
        long mixed = mix(key);
        return isSet(filter, (int) mixed) && isSet(filter, (int) (mixed >>> 32));
    }

    private static void set(long[] bits, int hash) {
        int bit = hash & (bits.length * 64 - 1);
        bits[bit >>> 6] |= 1L << bit;
    }

    private static boolean isSet(long[] bits, int hash) {
        int bit = hash & (bits.length * 64 - 1);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** Keys are hashes already; the finalizer of SplitMix64 spreads their low bits anyway. */
    private static long mix(long key) {
        key = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
        key = (key ^ (key >>> 27)) * 0x94d049bb133111ebL;
        return key ^ (key >>> 31);
    }
}
