package io.factwire.processor.dedup;

import io.factwire.avro.Duplicate;
import io.factwire.processor.SharedJsonLines;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hand-labelled pairs of ../shared/eval/ecbplus-dev-duplicates.jsonl, scored the way the shared scorer does:
 * two articles are merged when the duplicate links join them transitively; unsure pairs are ignored; copies are
 * counted per containment band.
 */
record DuplicateLabels(List<Pair> pairs) {
    static final String HIGH = ">=0.5";

    record Pair(String a, String b, double containment, String label) {
        String band() {
            return containment < 0.3 ? "<0.3" : containment < 0.5 ? "0.3-0.5" : HIGH;
        }
    }

    /** Merged copies per band, independent pairs merged, and the high-band copies left apart. */
    record Score(Map<String, int[]> recallByBand, int independentMerged, int copiesMerged, List<Pair> missedHigh) {
        int highFound() {
            return recallByBand.getOrDefault(HIGH, new int[2])[0];
        }

        int highTotal() {
            return recallByBand.getOrDefault(HIGH, new int[2])[1];
        }

        double precision() {
            int merged = copiesMerged + independentMerged;
            return merged == 0 ? 0 : (double) copiesMerged / merged;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("recall");
            recallByBand.forEach((band, found) ->
                    text.append("  ").append(band).append(' ').append(found[0]).append('/').append(found[1]));
            return text.append(String.format("  independent merged %d  precision %.3f", independentMerged, precision()))
                    .toString();
        }
    }

    static DuplicateLabels load() {
        return new DuplicateLabels(SharedJsonLines.read("eval/ecbplus-dev-duplicates.jsonl", (node, where) -> {
            String label = node.path("label").asText();
            if (!List.of("copy", "independent", "unsure").contains(label)) {
                throw new IllegalArgumentException(where + ": unknown label '" + label + "'");
            }
            return new Pair(node.get("a").asText(), node.get("b").asText(), node.get("containment5").asDouble(), label);
        }));
    }

    Score score(Collection<Duplicate> links) {
        Map<String, String> parent = new HashMap<>();
        for (Duplicate link : links) parent.put(root(parent, link.getArticle()), root(parent, link.getOriginal()));
        Map<String, int[]> bands = new TreeMap<>();
        int independentMerged = 0, copiesMerged = 0;
        List<Pair> missedHigh = new ArrayList<>();
        for (Pair pair : pairs) {
            boolean merged = root(parent, pair.a()).equals(root(parent, pair.b()));
            switch (pair.label()) {
                case "independent" -> independentMerged += merged ? 1 : 0;
                case "copy" -> {
                    int[] band = bands.computeIfAbsent(pair.band(), b -> new int[2]);
                    band[1]++;
                    if (merged) {
                        band[0]++;
                        copiesMerged++;
                    } else if (pair.band().equals(HIGH)) {
                        missedHigh.add(pair);
                    }
                }
                default -> { } // unsure: not scored (load accepts no other label)
            }
        }
        return new Score(bands, independentMerged, copiesMerged, missedHigh);
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) root = parent.get(root);
        return root;
    }
}
