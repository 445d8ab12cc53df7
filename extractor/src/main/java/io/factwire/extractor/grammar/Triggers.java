package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import io.factwire.extractor.grammar.Trigger.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the outcome expressions of a sentence, multiword ones first ("shot dead" before "dead"). */
final class Triggers {
    private static final Set<String> TO_DEATH_VERBS = Set.of("shot", "stabbed", "beaten", "burned", "burnt",
            "crushed", "suffocated", "hacked", "bludgeoned", "trampled", "choked", "starved", "frozen", "strangled",
            "battered", "kicked", "clubbed", "tortured", "stoned", "mauled", "shooting", "stabbing", "beating",
            "burning", "crushing", "hacking", "bled", "froze");
    private static final Set<String> FATALLY_VERBS = Set.of("shot", "stabbed", "wounded", "injured", "struck",
            "hit", "hurt", "shooting", "stabbing", "wounding", "injuring", "striking", "hitting", "shoots", "stabs");
    private static final Set<String> INJURY_NOUNS = Set.of("injury", "injuries", "wounds", "burns", "fractures",
            "injures", "wound");
    private static final Set<String> INJURY_VERBS = Set.of("suffered", "sustained", "received", "got", "suffering",
            "sustaining", "receiving", "suffer", "sustain", "suffers", "sustains");
    private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "grave", "fair", "poor",
            "satisfactory", "life-threatening");
    private static final Set<String> TAKE_LIFE = Set.of("took", "taken", "take", "takes", "taking", "claimed",
            "claim", "claims", "claiming", "cost", "costing", "costs");
    private static final Set<String> TOLL_VERBS = Set.of("rose", "rises", "risen", "climbed", "climbs", "jumped",
            "jumps", "reached", "reaches", "increased", "stood", "stands", "hit", "topped", "tops", "now", "has",
            "have", "had");
    private static final Set<String> TO_HOSPITAL = Set.of("taken", "rushed", "admitted", "airlifted", "sent",
            "brought", "transported", "evacuated", "flown");
    /** "double murder", "triple homicide": how many were killed. */
    static final Map<String, Integer> MULTIPLES = Map.of("double", 2, "triple", 3, "quadruple", 4, "quintuple", 5);
    private static final Set<String> SUICIDE_VERBS = Set.of("committed", "commits", "commit", "committing");
    private static final Set<String> TAKE_OR_HOLD = Set.of("took", "taken", "take", "takes", "taking", "held",
            "hold", "holds", "holding", "seized", "seizing");
    private static final Set<String> SHOOT = Set.of("shoots", "shot", "shooting", "shoot");
    private static final int MAX_OBJECT_TOKENS = 6;
    /** Every word a multiword phrase below starts with: the lexicon flags them so most tokens exit at once. */
    static final Set<String> PHRASE_STARTERS = union(TO_DEATH_VERBS, INJURY_VERBS, TAKE_LIFE, TO_HOSPITAL,
            SUICIDE_VERBS, TAKE_OR_HOLD, SHOOT,
            Set.of("fatally", "mortally", "shot", "gunned", "mowed", "lost", "gave", "give", "gives", "giving",
                    "turned", "turning", "in", "into", "held", "taken", "seized", "with", "given", "received", "under",
                    "denied",
                    "death", "injury", "toll", "rounded", "rounding", "deaths", "fatalities", "casualties",
                    "number"));

    private static final Set<String> COUNTED_ONLY = Set.of("hospitalized", "hospitalised", "treated");

    private Triggers() {
    }

    static List<Trigger> find(Sentence s) {
        List<Trigger> found = new ArrayList<>(4);
        int i = 0;
        while (i < s.size) {
            Trigger t = at(s, i);
            if (t != null) {
                found.add(t);
                i = t.end();
            } else {
                i++;
            }
        }
        return found;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        HashSet<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static Trigger at(Sentence s, int i) {
        if (!s.word(i).isOutcome() && !s.has(i, Word.PHRASE_START) && !s.has(i, Word.KILLING_SENSE)) {
            return null;
        }
        String w = s.norm(i);
        if (s.has(i, Word.KILLING_SENSE) && !s.word(i).isOutcome() && (s.is(i + 1, "himself") || s.is(i + 1, "herself"))
                || SUICIDE_VERBS.contains(w) && s.is(i + 1, "suicide")) {
            return new Trigger(Outcome.KILLED, i, i + 2, Link.SELF, false); // "hanged himself", "committed suicide"
        }
        if (TAKE_OR_HOLD.contains(w)) {
            int hostage = complementAfter(s, i, "hostage", "hostages");
            boolean relative = s.has(i - 1, Word.PRONOUN) || s.is(i - 1, "they"); // "a woman he took hostage"
            if (hostage > i + 1 || hostage == i + 1 && relative) {
                return new Trigger(Outcome.KIDNAPPED, i, hostage + 1, Link.OBJECT_COMPLEMENT, false);
            }
        }
        if (SHOOT.contains(w)) {
            int dead = complementAfter(s, i, "dead", "dead");
            if (dead > i + 1) {
                return new Trigger(Outcome.KILLED, i, dead + 1, Link.OBJECT_COMPLEMENT, false); // "shoots his wife dead"
            }
        }
        Trigger phrase = killingPhrase(s, i, w);
        if (phrase == null) {
            phrase = custodyPhrase(s, i, w);
        }
        if (phrase == null) {
            phrase = injuryPhrase(s, i, w);
        }
        if (phrase == null) {
            phrase = tollPhrase(s, i, w);
        }
        return phrase != null ? phrase : single(s, i);
    }

    /** "fatally shot", "stabbed to death", "shot dead", "gunned down", "lost their lives", "took the life of". */
    private static Trigger killingPhrase(Sentence s, int i, String w) {
        if ((w.equals("fatally") || w.equals("mortally")) && FATALLY_VERBS.contains(s.norm(i + 1))) {
            String verb = s.norm(i + 1);
            Link link = verb.endsWith("ing") || verb.endsWith("s") ? Link.OBJECT : Link.OBJECT_OR_SUBJECT;
            return new Trigger(Outcome.KILLED, i, i + 2, link, false);
        }
        if (TO_DEATH_VERBS.contains(w) && s.is(i + 1, "to") && s.is(i + 2, "death")) {
            Link link = w.endsWith("ing") ? Link.OBJECT : Link.OBJECT_OR_SUBJECT;
            return new Trigger(Outcome.KILLED, i, i + 3, link, false);
        }
        if (w.equals("shot") && s.is(i + 1, "dead")
                || (w.equals("gunned") || w.equals("mowed")) && s.is(i + 1, "down")) {
            return new Trigger(Outcome.KILLED, i, i + 2, Link.OBJECT_OR_SUBJECT, false);
        }
        if (w.equals("lost") && (s.is(i + 1, "their") || s.is(i + 1, "his") || s.is(i + 1, "her"))
                && (s.is(i + 2, "lives") || s.is(i + 2, "life"))) {
            return new Trigger(Outcome.KILLED, i, i + 3, Link.SUBJECT, false);
        }
        if (TAKE_LIFE.contains(w) && s.is(i + 1, "the") && (s.is(i + 2, "lives") || s.is(i + 2, "life"))
                && s.is(i + 3, "of")) {
            return new Trigger(Outcome.KILLED, i, i + 4, Link.NOUN, false);
        }
        return null;
    }

    /** "gave himself up", "gave up", "in custody", "in jail", "held without bail", "rounded up", "taken hostage". */
    private static Trigger custodyPhrase(Sentence s, int i, String w) {
        boolean give = w.equals("gave") || w.equals("give") || w.equals("gives") || w.equals("giving");
        if ((give || w.equals("turned") || w.equals("turning")) && isReflexive(s, i + 1)
                && (s.is(i + 2, "up") || s.is(i + 2, "in"))) {
            return new Trigger(Outcome.ARRESTED, i, i + 3, Link.SELF, false);
        }
        if (give && s.is(i + 1, "up") && (i + 2 >= s.size || s.isPunct(i + 2) || s.has(i + 2, Word.PREP)
                || s.has(i + 2, Word.ADVERB) || s.has(i + 2, Word.CONJ) || s.is(i + 2, "about"))) {
            return new Trigger(Outcome.ARRESTED, i, i + 2, Link.SUBJECT, false); // surrendered
        }
        if ((w.equals("in") || w.equals("into")) && (s.is(i + 2, "custody") || s.is(i + 2, "detention"))
                && (s.has(i + 1, Word.SECURITY) || s.is(i + 1, "federal") || s.is(i + 1, "state"))) {
            return new Trigger(Outcome.ARRESTED, i, i + 3, Link.SUBJECT, false); // "in police custody"
        }
        if ((w.equals("in") || w.equals("into")) && (s.is(i + 1, "custody") || s.is(i + 1, "detention"))
                || w.equals("under") && s.is(i + 1, "arrest") || w.equals("denied") && s.is(i + 1, "bail")
                || w.equals("in") && s.is(i + 1, "jail")
                || w.equals("held") && (s.is(i + 1, "on") || s.is(i + 1, "without"))
                && (s.is(i + 2, "bail") || s.is(i + 2, "bond") || s.is(i + 2, "charges") || s.is(i + 2, "$"))) {
            return new Trigger(Outcome.ARRESTED, i, i + 2, Link.SUBJECT, false);
        }
        if ((w.equals("rounded") || w.equals("rounding")) && s.is(i + 1, "up")) {
            Link link = w.equals("rounded") ? Link.OBJECT_OR_SUBJECT : Link.OBJECT;
            return new Trigger(Outcome.ARRESTED, i, i + 2, link, false);
        }
        if ((w.equals("taken") || w.equals("held") || w.equals("seized")) && s.is(i + 1, "hostage")) {
            return new Trigger(Outcome.KIDNAPPED, i, i + 2, Link.SUBJECT, false);
        }
        return null;
    }

    /** "in critical condition", "suffered head injuries", "with injuries", "given treatment", "taken to hospital". */
    private static Trigger injuryPhrase(Sentence s, int i, String w) {
        if (w.equals("in") && CONDITIONS.contains(s.norm(i + 1)) && s.is(i + 2, "condition")) {
            return new Trigger(Outcome.INJURED, i, i + 3, Link.SUBJECT, false);
        }
        if (INJURY_VERBS.contains(w) || w.equals("with")) {
            int k = i + 1;
            while (k < i + 4 && !INJURY_NOUNS.contains(s.norm(k)) && !s.isPunct(k)
                    && (s.word(k).flags & (Word.PREP | Word.CONJ | Word.DET)) == 0 || s.is(k, "from")) {
                k++;
            }
            if (INJURY_NOUNS.contains(s.norm(k))) {
                return new Trigger(Outcome.INJURED, i, k + 1, Link.SUBJECT, false);
            }
        }
        if ((w.equals("given") || w.equals("received")) && s.is(i + 2, "treatment")) {
            return new Trigger(Outcome.INJURED, i, i + 3, Link.SUBJECT, false);
        }
        if (TO_HOSPITAL.contains(w) && s.is(i + 1, "to") && hospitalWithin(s, i + 2) && passiveBefore(s, i)) {
            return new Trigger(Outcome.INJURED, i, i + 2, Link.SUBJECT, false, true);
        }
        return null;
    }

    /** "death toll", "toll", "fatalities rose to", "the number of soldiers killed ... was". */
    private static Trigger tollPhrase(Sentence s, int i, String w) {
        if ((w.equals("deaths") || w.equals("fatalities") || w.equals("casualties") && s.is(i - 1, "death"))
                && TOLL_VERBS.contains(s.norm(i + 1))) {
            return new Trigger(Outcome.KILLED, i, i + 1, Link.TOLL, false);
        }
        if (w.equals("number") && s.is(i + 1, "of")) {
            for (int k = i + 2; k < i + 10 && k < s.size && !s.isPunct(k); k++) {
                if (s.word(k).isOutcome()) {
                    return new Trigger(s.word(k).outcome, i, k + 1, Link.TOLL, false);
                }
            }
        }
        if ((w.equals("death") || w.equals("injury")) && s.is(i + 1, "toll") || w.equals("toll")) {
            int end = w.equals("toll") ? i + 1 : i + 2;
            return new Trigger(w.equals("injury") ? Outcome.INJURED : Outcome.KILLED, i, end, Link.TOLL, false);
        }
        return null;
    }

    private static Trigger single(Sentence s, int i) {
        Word w = s.word(i);
        if (w.outcome == null || s.is(i, "toll")
                || !s.headline && i > 0 && s.capitalized(i) && (s.capitalized(i - 1) || s.capitalized(i + 1))) {
            return null; // "John Hurt", "Injured Reserve": part of a name
        }
        if (s.is(i, "treated") && (s.is(i + 1, "as") || s.is(i + 1, "like"))) {
            return null; // "being treated as suspicious": regarded, not nursed
        }
        if (s.is(i, "missing") && takesObject(s, i + 1)) {
            return null; // "missing estimates", "missing time": the verb, not the state
        }
        if (isArticleOrPossessive(s, i - 1) && !s.word(i + 1).isPerson() && w.form != Word.Form.NOUN) {
            // "the injured", "the wounded", "the arrest of": the word names people or an act
            return new Trigger(w.outcome, i, i + 1, Link.NOUN, false, false);
        }
        if (w.outcome == Outcome.KILLED && w.form != Word.Form.PAST && MULTIPLES.containsKey(s.norm(i - 1))) {
            return new Trigger(w.outcome, i - 1, i + 1, Link.SELF, false); // "a double murder": two killed
        }
        if (w.form != Word.Form.PAST && (s.is(i + 1, "victims") || s.is(i + 1, "victim"))) {
            return new Trigger(w.outcome, i, i + 2, Link.NOUN, false); // "the four murder victims"
        }
        boolean natural = w.outcome == Outcome.KILLED && (s.norm(i).startsWith("die") || s.is(i, "dead")
                || s.norm(i).startsWith("death") || s.is(i, "perished"));
        Link link = switch (w.form) {
            case PAST -> Link.OBJECT_OR_SUBJECT;
            case ACTIVE -> Link.OBJECT;
            case INTRANSITIVE -> Link.SUBJECT;
            case NOUN -> Link.NOUN;
        };
        return new Trigger(w.outcome, i, i + 1, link, natural, COUNTED_ONLY.contains(s.norm(i)));
    }

    /** "took two guards hostage", "shot his wife dead": the index of the complement after the object, or -1. */
    private static int complementAfter(Sentence s, int verb, String complement, String plural) {
        for (int k = verb + 1; k < s.size && k <= verb + MAX_OBJECT_TOKENS; k++) {
            if (s.is(k, complement) || s.is(k, plural)) {
                return k;
            }
            if (s.isPunct(k) && !s.attachedHyphen(k) || s.word(k).isOutcome() || s.has(k, Word.CLAUSE)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean takesObject(Sentence s, int k) {
        Word w = s.word(k);
        return k < s.size && s.token(k).isWord() && !w.isPerson() && !w.isOutcome() && (w.flags & (Word.PREP
                | Word.CONJ | Word.ADVERB | Word.AUX | Word.CLAUSE | Word.CALENDAR | Word.SAYS | Word.MODAL)) == 0;
    }

    private static boolean isArticleOrPossessive(Sentence s, int i) {
        return switch (s.norm(i)) {
            case "the", "those", "his", "her", "their", "its", "our" -> true;
            default -> false;
        };
    }

    private static boolean isReflexive(Sentence s, int i) {
        return s.is(i, "himself") || s.is(i, "herself") || s.is(i, "themselves");
    }

    private static boolean hospitalWithin(Sentence s, int from) {
        for (int k = from; k < from + 5 && k < s.size; k++) {
            String w = s.norm(k);
            if (w.equals("hospital") || w.equals("hospitals") || w.equals("clinic") || w.equals("clinics")) {
                return true;
            }
            if (s.isPunct(k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean passiveBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && s.has(k, Word.ADVERB)) {
            k--;
        }
        return s.has(k, Word.AUX);
    }
}
