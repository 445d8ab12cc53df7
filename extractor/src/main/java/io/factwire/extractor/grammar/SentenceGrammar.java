package io.factwire.extractor.grammar;

import io.factwire.extractor.Qualifier;
import io.factwire.extractor.grammar.CountParser.Singles;
import io.factwire.extractor.grammar.Trigger.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties the outcome expressions of one sentence to their counts, across voice and constructions: the object of
 * an active verb ("killing at least eight"), the subject of a passive or intransitive one ("11 people were
 * killed", "24 dead", "two women and one man died"), a noun's count ("11 deaths", "the deaths of three
 * workers"), a toll's figure ("the death toll rose to 11"). Hypothetical and negated outcomes give nothing,
 * except "no one was hurt" (count 0).
 */
final class SentenceGrammar {
    private SentenceGrammar() {
    }

    static List<Finding> find(Sentence s) {
        List<Trigger> triggers = Triggers.find(s);
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(4);
        for (Trigger t : triggers) {
            if (Modality.hypothetical(s, t)) {
                continue;
            }
            switch (t.link()) {
                case OBJECT -> object(s, t, t.end(), out);
                case OBJECT_OR_SUBJECT -> {
                    if (Subjects.passive(s, t.start())) {
                        subject(s, t, out, false);
                    } else if (!object(s, t, t.end(), out) && noObject(s, t)) {
                        subject(s, t, out, !s.headline && !s.is(t.end(), "by"));
                    }
                }
                case SUBJECT -> {
                    if (!jointWithOutcomeBefore(s, t)) {
                        subject(s, t, out, false);
                    }
                }
                case SELF -> out.add(new Finding(t.outcome(), new Count(t.start(), t.end(), 1,
                        Qualifier.EXACT, null, false, null, true, Count.Kind.DESCRIBED), t));
                case NOUN -> noun(s, t, out);
                case TOLL -> Tolls.figure(s, t, out);
            }
        }
        return out;
    }

    /** The count after an active verb, and counts coordinated with it ("killed two women and a man"). */
    static boolean object(Sentence s, Trigger t, int at, List<Finding> out) {
        int k = at;
        while (s.isQuote(k)) {
            k++;
        }
        if (s.is(k, "of")) {
            k++; // "the killing of over a dozen police officers"
        }
        Count c = CountParser.parse(s, k, Singles.NAMED_OR_PRONOUN);
        if (c == null) {
            return false;
        }
        while (s.is(c.end(), "and") || s.is(c.end(), ",")) {
            Count next = CountParser.parse(s, c.end() + 1, Singles.DESCRIBED);
            if (next == null || s.is(c.end(), ",") && next.bare()) {
                break; // ", 40," after a victim is an age
            }
            if (c.single() && next.single() && s.is(next.start(), "another")) {
                c = Count.together(c, next);
                continue;
            }
            add(out, t, c);
            c = next;
        }
        add(out, t, c);
        return true;
    }

    /** "230,000 people dead and missing": one figure for both outcomes, which belongs to the first. */
    private static boolean jointWithOutcomeBefore(Sentence s, Trigger t) {
        return (s.is(t.start() - 1, "and") || s.is(t.start() - 1, "or")) && s.word(t.start() - 2).isOutcome();
    }

    private static void add(List<Finding> out, Trigger t, Count c) {
        if (!t.counted() || !c.single()) {
            out.add(new Finding(t.outcome(), c, t));
        }
    }

    /**
     * Nothing stands where an active verb's object would: "killed in the blast", "injured, police said";
     * or the participle describes the people after a figure ("the two wounded men").
     */
    private static boolean noObject(Sentence s, Trigger t) {
        int k = t.end();
        while (s.isQuote(k)) {
            k++;
        }
        if (k >= s.size || s.isPunct(k)) {
            return true;
        }
        Word w = s.word(k);
        boolean figureBefore = s.isNumber(t.start() - 1) || s.word(t.start() - 1).numberKind != null;
        return w.isOutcome() || w.isPerson() && figureBefore || (w.flags & (Word.PREP | Word.CONJ | Word.ADVERB
                | Word.CALENDAR | Word.CLAUSE | Word.AUX | Word.SAYS | Word.MODAL)) != 0;
    }

    /**
     * The subject's counts. {@code mayBeAgent}: the verb has no auxiliary, so "he killed." or "a deputy Nichols
     * murdered" name the killer; only a figure or a described victim ("five people killed in the blast") counts.
     */
    private static void subject(Sentence s, Trigger t, List<Finding> out, boolean mayBeAgent) {
        Subjects.Found found = Subjects.before(s, t.start());
        for (Count c : found.counts()) {
            boolean agent = mayBeAgent && (c.kind() == Count.Kind.NAMED || c.kind() == Count.Kind.PRONOUN);
            if ((!found.negated() || c.value() == 0) && !agent) {
                add(out, t, c);
            }
        }
    }

    private static void noun(Sentence s, Trigger t, List<Finding> out) {
        boolean lives = s.is(t.start(), "lives") || s.is(t.start(), "life");
        Count before = Subjects.countEndingAt(s, t.start(), false);
        if (before != null && !before.single() && (!lives || takesLives(s, before.start() - 1))) {
            out.add(new Finding(t.outcome(), before, t));
        }
        boolean dead = s.is(t.start(), "dead");
        if (s.is(t.start() - 1, "the") && s.is(t.start() - 2, "among")) {
            int k = t.end();
            while (s.has(k, Word.AUX) || s.isPunct(k)) {
                k++;
            }
            Count among = CountParser.parse(s, k, Singles.DESCRIBED);
            if (among != null) {
                out.add(new Finding(t.outcome(), among, t));
            }
        } else if (s.is(t.start() - 1, "the") && s.is(t.start() - 2, "of")) {
            Count part = Subjects.countEndingAt(s, t.start() - 2, false);
            if (part != null && !part.single()) {
                out.add(new Finding(t.outcome(), part, t));
            }
        } else if (!dead && (s.is(t.end() - 1, "of") || s.is(t.end(), "of"))) {
            object(s, t, s.is(t.end() - 1, "of") ? t.end() : t.end() + 1, out);
        }
    }

    private static boolean takesLives(Sentence s, int verb) {
        return switch (s.norm(verb)) {
            case "claimed", "claiming", "claim", "claims", "took", "taken", "take", "taking", "cost", "costing",
                 "costs" -> true;
            default -> false;
        };
    }
}
