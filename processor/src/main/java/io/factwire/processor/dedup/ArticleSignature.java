package io.factwire.processor.dedup;

import io.factwire.avro.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the index needs of one article: its exact keys, its LSH band keys and its containment sketch.
 * Band keys and the sketch are absent for texts too short to judge as near copies.
 */
public record ArticleSignature(List<String> exactKeys, List<String> bandKeys, ContainmentSketch sketch) {

    public static ArticleSignature of(Article article, DedupConfig config, MinHashBands bands) {
        List<WordShingles.Word> words = WordShingles.words(article.getBody());
        List<String> exact = new ArrayList<>(2);
        ExactKeys.urlKey(article.getUrl()).ifPresent(exact::add);
        ExactKeys.bodyKey(words).ifPresent(exact::add);
        WordShingles.Shingles shingles = WordShingles.shingles(words, config.shingleSize());
        if (shingles.size() < config.minShingles()) return new ArticleSignature(exact, List.of(), null);
        List<String> bandKeys = new ArrayList<>(config.bands());
        long[] hashes = bands.bandHashes(shingles.hashes());
        for (int band = 0; band < hashes.length; band++) bandKeys.add("n" + band + "." + Long.toHexString(hashes[band]));
        return new ArticleSignature(exact, bandKeys, ContainmentSketch.of(shingles, config.sketchSize()));
    }

    public int probeCount() {
        return exactKeys.size() + bandKeys.size();
    }
}
