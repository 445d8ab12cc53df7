package io.factwire.extractor.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The place a nationality or inhabitant word stands for, from WordNet 3.1: "Egyptian" and "Egyptians" are
 * Egypt, "Russian" is Russia, "Syrian" is Syria. Reports of one happening say "Egypt", "Egyptian police" and
 * "the Egyptians" in turn; read as one place, they are one name.
 *
 * <p>Source: the pertainym pointer ({@code \}) of a capitalised adjective ("of or relating to Egypt") whose target
 * is a noun filed under {@code noun.location} or {@code noun.object} (countries, cities, continents). A target of
 * several words is its last word ("British" is Britain) unless that word is a common noun ("United States" would
 * be "states"): then the adjective is left as it is. A plural in "-s" is its adjective's ("Egyptians").
 */
public final class Demonyms {
    private static final String NOUN_LOCATION = "15";
    private static final String NOUN_OBJECT = "17";

    private Demonyms() {
    }

    /** The place key (lowercase) of a nationality word (lowercase), or null when it is none. */
    public static String place(String word) {
        Map<String, String> places = Holder.PLACES;
        String place = places.get(word);
        if (place == null && word.length() > 3 && word.endsWith("s")) place = places.get(word.substring(0, word.length() - 1));
        return place;
    }

    /** Read once, on first use: about 350 words. */
    private static final class Holder {
        static final Map<String, String> PLACES = read();
    }

    private record Pertainym(String adjective, int targetWord) {
    }

    private static Map<String, String> read() {
        Map<String, Set<Pertainym>> byOffset = new HashMap<>();
        WordNetWords.lines("data.adj", line -> {
            if (line.startsWith("  ")) return;
            String[] f = fields(line);
            int wordCount = Integer.parseInt(f[3], 16);
            int p = 4 + 2 * wordCount;
            int pointerCount = Integer.parseInt(f[p]);
            for (int i = 0; i < pointerCount; i++) {
                int at = p + 1 + 4 * i;
                if (!f[at].equals("\\") || !f[at + 2].equals("n")) continue;
                int source = Integer.parseInt(f[at + 3].substring(0, 2), 16);
                int target = Integer.parseInt(f[at + 3].substring(2), 16);
                for (int w = 0; w < wordCount; w++) {
                    String adjective = lemma(f[4 + 2 * w]);
                    if ((source == 0 || source == w + 1) && Character.isUpperCase(adjective.charAt(0))) {
                        byOffset.computeIfAbsent(f[at + 1], k -> new HashSet<>())
                                .add(new Pertainym(adjective.toLowerCase(), target));
                    }
                }
            }
        });
        Set<String> commonNouns = new HashSet<>();
        Map<String, String> places = new HashMap<>();
        Map<String, Set<String>> candidates = new HashMap<>();
        WordNetWords.lines("data.noun", line -> {
            if (line.startsWith("  ")) return;
            // "offset lexfile pos count word lexid word lexid ...": fixed widths up to the words; only they are read
            String offset = line.substring(0, 8);
            String lexFile = line.substring(9, 11);
            List<String> words = new ArrayList<>(4);
            int at = 17;
            for (int w = Integer.parseInt(line, 14, 16, 16); w > 0; w--) {
                int end = line.indexOf(' ', at);
                String noun = lemma(line.substring(at, end));
                if (Character.isLowerCase(noun.charAt(0))) commonNouns.add(noun);
                words.add(noun);
                at = line.indexOf(' ', end + 1) + 1; // past the lex id
            }
            Set<Pertainym> pointing = byOffset.get(offset);
            if (pointing == null || !(lexFile.equals(NOUN_LOCATION) || lexFile.equals(NOUN_OBJECT))) return;
            for (Pertainym pertainym : pointing) {
                String target = words.get(Math.max(pertainym.targetWord(), 1) - 1);
                candidates.computeIfAbsent(pertainym.adjective(), k -> new HashSet<>()).add(target);
            }
        });
        candidates.forEach((adjective, targets) -> {
            if (targets.size() != 1) return; // "Frisian": two places, neither sure
            String target = targets.iterator().next();
            String last = target.substring(target.lastIndexOf('_') + 1).toLowerCase();
            if (target.indexOf('_') >= 0 && commonNouns.contains(last)) return;
            places.put(adjective, last);
        });
        return Map.copyOf(places);
    }

    private static String[] fields(String line) {
        int bar = line.indexOf(" | ");
        return (bar < 0 ? line : line.substring(0, bar)).split(" ");
    }

    /** A word of a synset without its adjective marker ("(a)"). */
    private static String lemma(String word) {
        int paren = word.indexOf('(');
        return paren > 0 ? word.substring(0, paren) : word;
    }
}
