package io.factwire.processor.dedup;

import io.factwire.avro.Duplicate;
import io.factwire.avro.DuplicateKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Decides every article in one total order, on the single partition of {@code dedup-sequence}: it looks the
 * article up in the index (its exact keys and LSH band keys), confirms candidates on their sketches, then adds it.
 * Probe-then-insert in one order means the second of any two copies always finds the first, however they were
 * spread over partitions and threads, and no two articles can each be declared a copy of the other.
 *
 * <p>An article is linked to every cluster it copies, one {@link Duplicate} per cluster original, best first: when
 * C copies A and B that did not match each other (a lead and an ending of one wire story, each re-published), the
 * clusters merged are the same whether C comes first, between or last; with one link per copy they were not.
 *
 * <p>The cost per article is bounded by the number of keys times {@link DedupConfig#maxBucketScan()}, whatever the
 * size of the index. The index ages by ingest time, not by record timestamp: the ingest stamps records with their
 * publication date when known, so a replayed archive mixes timestamps years apart, and a store aged by record time
 * would drop older-dated articles the moment they are written. "Seen within the retention" is about ingest anyway.
 */
final class DedupSequencer<T extends Signed> implements FixedKeyProcessor<String, T, Verdict<T>> {
    private final DedupConfig config;
    private FixedKeyProcessorContext<String, Verdict<T>> context;
    private BandIndex buckets;
    private RecentSketches sketches;

    private DedupSequencer(DedupConfig config) {
        this.config = config;
    }

    static <T extends Signed> FixedKeyProcessorSupplier<String, T, Verdict<T>> supplier(DedupConfig config) {
        StoreBuilder<WindowStore<Long, BandIndex.Filed>> buckets = BandIndex.storeBuilder(config);
        StoreBuilder<WindowStore<String, TextSketch>> sketches = RecentSketches.storeBuilder(config);
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, T, Verdict<T>> get() {
                return new DedupSequencer<>(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(buckets, sketches);
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Verdict<T>> context) {
        this.context = context;
        this.buckets = new BandIndex(context.getStateStore(BandIndex.STORE), config);
        this.sketches = new RecentSketches(context.getStateStore(RecentSketches.STORE));
    }

    @Override
    public void process(FixedKeyRecord<String, T> record) {
        T signed = record.value();
        ArticleSignature signature = signed.signature();
        long time = signed.ingested();
        String id = signed.article().getId();

        // The best match per cluster: a copy of two articles that did not match each other links to both.
        Map<String, Match> bestPerOriginal = new HashMap<>();
        for (String key : signature.exactKeys()) {
            for (IndexEntry earlier : recent(key, time).keySet()) {
                keepBest(bestPerOriginal, new Match(earlier.originalId(), earlier.ingested(), DuplicateKind.exact, 1.0));
            }
        }
        if (signature.sketch() != null) {
            for (Candidate candidate : candidates(signature, time, bestPerOriginal.keySet())) {
                keepBest(bestPerOriginal, confirm(signature.sketch(), candidate.entry(), candidate.indexedAt()));
            }
        }
        List<Match> matches = bestPerOriginal.values().stream().sorted(Match.PREFERENCE).toList();

        // Index the copy too, named after its best original: a later copy that matches only this one still
        // joins the cluster, and the whole signature stays findable whichever of the copies arrived first.
        IndexEntry entry = new IndexEntry(id, time, matches.isEmpty() ? id : matches.getFirst().originalId());
        List<String> keys = new ArrayList<>(signature.exactKeys());
        keys.addAll(signature.bandKeys());
        buckets.file(entry, keys);
        if (signature.sketch() != null) sketches.put(id, signature.sketch(), time);

        Instant at = Instant.ofEpochMilli(record.timestamp());
        List<Duplicate> duplicates = matches.stream()
                .map(match -> new Duplicate(id, match.originalId(), match.kind(), match.similarity(), at))
                .toList();
        context.forward(record.withValue(new Verdict<>(signed, duplicates)));
    }

    private static void keepBest(Map<String, Match> bestPerOriginal, Match match) {
        if (match != null) bestPerOriginal.merge(match.originalId(), match, Match::better);
    }

    /**
     * The earlier articles to compare sketches with, at most {@link DedupConfig#maxConfirmations()}, from the
     * clusters (originals) not matched already: each cluster's members ranked by the bands they share with this
     * article (a copy shares many), then by recency; taken in rounds, every cluster's best member first, then
     * every cluster's second, and so on. Comparing sketches is the costly step and chance candidates multiply as
     * the index grows; the rounds keep one large cluster from taking every slot, so that a copy of two clusters
     * is still compared with both.
     */
    private List<Candidate> candidates(ArticleSignature signature, long time, Set<String> matchedOriginals) {
        Map<String, Candidate> byArticle = new HashMap<>();
        for (String key : signature.bandKeys()) {
            for (Map.Entry<IndexEntry, Long> earlier : recent(key, time).entrySet()) {
                byArticle.merge(earlier.getKey().articleId(), new Candidate(earlier.getKey(), earlier.getValue(), 1),
                        (known, again) -> known.sharedOneMore());
            }
        }
        // The rounds, without sorting every chance candidate: a member ranked below the limit within its cluster
        // could only come in a round after the limit is filled, so each cluster keeps its best few.
        int limit = config.maxConfirmations();
        Map<String, PriorityQueue<Candidate>> clusters = new HashMap<>();
        for (Candidate candidate : byArticle.values()) {
            String original = candidate.entry().originalId();
            if (matchedOriginals.contains(original)) continue;
            PriorityQueue<Candidate> best = clusters.computeIfAbsent(original,
                    any -> new PriorityQueue<>(Candidate.MOST_SHARED_FIRST.reversed()));
            best.add(candidate);
            if (best.size() > limit) best.poll();
        }
        List<List<Candidate>> members = clusters.values().stream()
                .map(best -> best.stream().sorted(Candidate.MOST_SHARED_FIRST).toList())
                .toList();
        List<Candidate> chosen = new ArrayList<>(limit);
        for (int round = 0; chosen.size() < limit; round++) {
            List<Candidate> inRound = new ArrayList<>();
            for (List<Candidate> cluster : members) if (round < cluster.size()) inRound.add(cluster.get(round));
            if (inRound.isEmpty()) break;
            inRound.sort(Candidate.MOST_SHARED_FIRST);
            chosen.addAll(inRound.subList(0, Math.min(inRound.size(), limit - chosen.size())));
        }
        return chosen;
    }

    private record Candidate(IndexEntry entry, long indexedAt, int sharedBands) {
        /** Most bands shared, then most recently indexed, then by article id: a total order. */
        static final Comparator<Candidate> MOST_SHARED_FIRST = (a, b) -> {
            if (a.sharedBands != b.sharedBands) return Integer.compare(b.sharedBands, a.sharedBands);
            if (a.indexedAt != b.indexedAt) return Long.compare(b.indexedAt, a.indexedAt);
            return a.entry.articleId().compareTo(b.entry.articleId());
        };

        Candidate sharedOneMore() {
            return new Candidate(entry, indexedAt, sharedBands + 1);
        }
    }

    /** The most recent entries of a bucket within the retention, with the time each was indexed at. */
    private Map<IndexEntry, Long> recent(String key, long time) {
        return buckets.recent(key, time);
    }

    private Match confirm(TextSketch sketch, IndexEntry earlier, long earlierTime) {
        TextSketch other = sketches.fetch(earlier.articleId(), earlierTime);
        if (other == null) return null;
        return sketch.nearCopy(other, config)
                .map(similarity -> new Match(earlier.originalId(), earlier.ingested(), DuplicateKind.near,
                        similarity.score()))
                .orElse(null);
    }
}
