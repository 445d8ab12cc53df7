package io.factwire.processor.events;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** A sparse weighted bag of terms, sorted by term so two vectors meet in one merge walk. */
public record TermVector(String[] terms, float[] weights) {
    public static final TermVector EMPTY = new TermVector(new String[0], new float[0]);

    public TermVector {
        if (terms.length != weights.length) throw new IllegalArgumentException(
                terms.length + " terms but " + weights.length + " weights");
        for (int i = 1; i < terms.length; i++) {
            if (terms[i - 1].compareTo(terms[i]) >= 0) {
                throw new IllegalArgumentException("terms must be strictly ascending (position " + i + ")");
            }
        }
    }

    public static TermVector of(Map<String, ? extends Number> weights) {
        TreeMap<String, Number> sorted = new TreeMap<>(weights);
        float[] values = new float[sorted.size()];
        int i = 0;
        for (Number w : sorted.values()) values[i++] = w.floatValue();
        return new TermVector(sorted.keySet().toArray(String[]::new), values);
    }

    public int size() {
        return terms.length;
    }

    public double norm() {
        double sum = 0;
        for (float w : weights) sum += (double) w * w;
        return Math.sqrt(sum);
    }

    public double dot(TermVector other) {
        double sum = 0;
        int i = 0, j = 0;
        while (i < terms.length && j < other.terms.length) {
            int order = terms[i].compareTo(other.terms[j]);
            if (order == 0) sum += (double) weights[i++] * other.weights[j++];
            else if (order < 0) i++;
            else j++;
        }
        return sum;
    }

    public double cosine(TermVector other) {
        double norms = norm() * other.norm();
        return norms == 0 ? 0 : dot(other) / norms;
    }

    public TermVector normalized() {
        double norm = norm();
        if (norm == 0) return this;
        float[] scaled = new float[weights.length];
        for (int i = 0; i < weights.length; i++) scaled[i] = (float) (weights[i] / norm);
        return new TermVector(terms, scaled);
    }

    public TermVector plus(TermVector other) {
        Map<String, Float> sum = new TreeMap<>();
        for (int i = 0; i < terms.length; i++) sum.merge(terms[i], weights[i], Float::sum);
        for (int i = 0; i < other.terms.length; i++) sum.merge(other.terms[i], other.weights[i], Float::sum);
        return of(sum);
    }

    /** The {@code n} heaviest terms (ties broken by term, so the cut is deterministic). */
    public TermVector strongest(int n) {
        if (terms.length <= n) return this;
        int[] keep = IntStream.range(0, terms.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> terms[i]))
                .limit(n).mapToInt(Integer::intValue).sorted().toArray();
        String[] t = new String[keep.length];
        float[] w = new float[keep.length];
        for (int k = 0; k < keep.length; k++) {
            t[k] = terms[keep[k]];
            w[k] = weights[keep[k]];
        }
        return new TermVector(t, w);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector v && Arrays.equals(v.terms, terms) && Arrays.equals(v.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermVector" + strongest(8).asMap();
    }

    public Map<String, Float> asMap() {
        Map<String, Float> map = new TreeMap<>();
        for (int i = 0; i < terms.length; i++) map.put(terms[i], weights[i]);
        return map;
    }
}
