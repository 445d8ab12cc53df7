package io.factwire.processor.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The buckets of one ingest-time epoch in memory: bucket key (64-bit hash) to its entries, newest first (ingest
 * time, then the later filed first). Primitive arrays rather than maps of objects: an article is filed under some 42
 * keys, so a map entry per key and article would cost the heap some hundred bytes each; here a key costs a slot of
 * an open-addressing table (a long and an int) and an entry of a chain two ints.
 */
final class KeyChains {
    private static final int NONE = -1;

    private final List<IndexEntry> articles = new ArrayList<>();
    private long[] keys = new long[1024];
    private int[] heads = filled(1024);
    private int usedSlots;
    private int[] nodeArticle = new int[4096];
    private int[] nodeNext = new int[4096];
    private int nodes;

    /** Files the entry under every key, each chain kept newest first. */
    void file(IndexEntry entry, long[] entryKeys) {
        int article = articles.size();
        articles.add(entry);
        for (long key : entryKeys) {
            int slot = slot(key);
            if (heads[slot] == NONE) {
                keys[slot] = key;
                usedSlots++;
            }
            int node = newNode(article);
            // Before the first entry not newer than this one: among equal ingest times the later filed comes first.
            int previous = NONE;
            int at = heads[slot];
            while (at != NONE && articles.get(nodeArticle[at]).ingested() > entry.ingested()) {
                previous = at;
                at = nodeNext[at];
            }
            nodeNext[node] = at;
            if (previous == NONE) heads[slot] = node;
            else nodeNext[previous] = node;
            if (usedSlots * 3 > keys.length * 2) grow();
        }
    }

    /** Appends the first {@code limit} entries filed under the key, newest first. */
    void newest(long key, int limit, List<IndexEntry> into) {
        int at = heads[slot(key)];
        for (int taken = 0; at != NONE && taken < limit; taken++, at = nodeNext[at]) into.add(articles.get(nodeArticle[at]));
    }

    /** The slot holding the key, or the empty slot where it would go (linear probing). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (heads[slot] != NONE && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private int newNode(int article) {
        if (nodes == nodeArticle.length) {
            nodeArticle = Arrays.copyOf(nodeArticle, nodes * 2);
            nodeNext = Arrays.copyOf(nodeNext, nodes * 2);
        }
        nodeArticle[nodes] = article;
        return nodes++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] == NONE) continue;
            int slot = slot(oldKeys[i]);
            keys[slot] = oldKeys[i];
            heads[slot] = oldHeads[i];
        }
    }

    private static int[] filled(int size) {
        int[] values = new int[size];
        Arrays.fill(values, NONE);
        return values;
    }

    /** Keys are hashes already; the finalizer of SplitMix64 spreads their low bits anyway. */
    private static long mix(long key) {
        key = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
        key = (key ^ (key >>> 27)) * 0x94d049bb133111ebL;
        return key ^ (key >>> 31);
    }
}
