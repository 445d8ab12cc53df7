package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the index needs of one article: its exact keys, its LSH band keys (of the whole text, then of its
 * lead when the text is longer) and its sketches. Band keys and sketches are absent for texts too short to judge
 * as near copies.
 */
public record ArticleSignature(List<String> exactKeys, List<String> bandKeys, TextSketch sketch) {

    public static ArticleSignature of(Article article, DedupConfig config, MinHashBands bands) {
        List<WordShingles.Word> words = WordShingles.words(article.getBody());
        List<String> exact = new ArrayList<>(2);
        ExactKeys.urlKey(article.getUrl()).ifPresent(exact::add);
        ExactKeys.bodyKey(words).ifPresent(exact::add);
        WordShingles.Shingles shingles = WordShingles.shingles(words, config.shingleSize());
        if (shingles.size() < config.minShingles()) return new ArticleSignature(exact, List.of(), null);

        // Lead keys live in the same buckets as whole-text keys: a short text's band meets a long text's lead band.
        Set<String> bandKeys = new LinkedHashSet<>(bandKeys(bands.bandHashes(shingles.hashes()), config.bands()));
        ContainmentSketch whole = ContainmentSketch.of(shingles, config.sketchSize());
        ContainmentSketch lead = null;
        int leadWords = config.leadShingles() + config.shingleSize() - 1;
        if (words.size() > leadWords) {
            WordShingles.Shingles opening = WordShingles.shingles(words.subList(0, leadWords), config.shingleSize());
            bandKeys.addAll(bandKeys(bands.bandHashes(opening.hashes()), config.leadBands()));
            lead = ContainmentSketch.of(opening, config.leadShingles());
        }
        return new ArticleSignature(exact, List.copyOf(bandKeys), new TextSketch(whole, lead));
    }

    private static List<String> bandKeys(long[] hashes, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int band = 0; band < count; band++) keys.add("n" + band + "." + Long.toHexString(hashes[band]));
        return keys;
    }
}
