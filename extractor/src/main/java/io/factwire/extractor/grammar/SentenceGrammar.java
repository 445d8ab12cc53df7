package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import io.factwire.extractor.Qualifier;
import io.factwire.extractor.grammar.CountParser.Singles;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties the outcome expressions of one sentence to their counts, across voice and constructions: the object of
 * an active verb ("killing at least eight"), the subject of a passive or intransitive one ("11 people were
 * killed", "24 dead", "two women and one man died"), a noun's count ("11 deaths", "the deaths of three
 * workers"), a toll's figure ("the death toll rose to 11"), and the parts listed after any of them ("...,
 * including six children"). Hypothetical and negated outcomes give nothing, except "no one was hurt" (0).
 */
final class SentenceGrammar {
    private static final int MAX_PLACE_TOKENS = 4;

    private SentenceGrammar() {
    }

    static List<Finding> find(Sentence s) {
        List<Trigger> triggers = Triggers.find(s);
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(4);
        for (Trigger t : triggers) {
            if (t.start() > 0 && partitiveOpening(s, t, out)) {
                continue;
            }
            if (Modality.hypothetical(s, t)) {
                continue;
            }
            int before = out.size();
            switch (t.link()) {
                case OBJECT -> {
                    if (!Modality.negated(s, t)) {
                        object(s, t, t.end(), out);
                    }
                }
                case OBJECT_OR_SUBJECT -> {
                    if (Subjects.passive(s, t.start())) {
                        subject(s, t, out, false);
                    } else if (Modality.negated(s, t)) {
                        subject(s, t, out, true); // "two nearly killed": only a zero survives negation
                    } else if (!object(s, t, t.end(), out) && noObject(s, t)) {
                        subject(s, t, out, true);
                    }
                }
                case SUBJECT -> {
                    if (!jointWithOutcomeBefore(s, t)) {
                        subject(s, t, out, false);
                    }
                }
                case SELF -> out.add(new Finding(t.outcome(), new Count(t.start(), t.end(),
                        Triggers.MULTIPLES.getOrDefault(s.norm(t.start()), 1),
                        Qualifier.EXACT, null, false, null, true, Count.Kind.DESCRIBED), t));
                case NOUN -> Nominals.find(s, t, out);
                case TOLL -> Tolls.figure(s, t, out);
                case OBJECT_COMPLEMENT -> ObjectComplements.find(s, t, out);
            }
            if (out.size() > before) {
                parts(s, t, Math.max(t.end(), out.get(out.size() - 1).count().end()), out);
                for (int f = before, found = out.size(); f < found; f++) {
                    Count whole = out.get(f).count();
                    for (Count part : CountParser.partsInParentheses(s, whole.end(), whole.value())) {
                        out.add(new Finding(t.outcome(), part, t));
                    }
                }
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
        coordinated(s, t, c, out);
        return true;
    }

    /** Adds {@code c} and the counts coordinated after it: "two women and a man", "4 in Texas and 2 in Ohio". */
    static void coordinated(Sentence s, Trigger t, Count c, List<Finding> out) {
        while (true) {
            int joint = s.is(c.end(), "and") || s.is(c.end(), ",") ? c.end() : afterPlace(s, c.end());
            Count next = joint < 0 ? null : CountParser.parse(s, joint + 1, Singles.DESCRIBED);
            if (next == null || s.is(joint, ",") && next.bare() || joint != c.end() && next.single()) {
                break; // ", 40," after a victim is an age
            }
            if (c.single() && next.single() && s.is(next.start(), "another")) {
                c = Count.together(c, next);
                continue;
            }
            add(s, out, t, c);
            c = next;
        }
        add(s, out, t, c);
    }

    /** "in Texas and": the "and" after a short place phrase, or -1. */
    private static int afterPlace(Sentence s, int k) {
        if (!s.is(k, "in") && !s.is(k, "at") && !s.is(k, "on")) {
            return -1;
        }
        for (int m = k + 1; m < s.size && m <= k + MAX_PLACE_TOKENS; m++) {
            if (s.is(m, "and")) {
                return m;
            }
            if (s.isPunct(m) || s.word(m).isOutcome() || s.has(m, Word.AUX)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * ", including six children", "among them two journalists", ", 18 of them seriously": parts of the figure
     * just found.
     */
    private static void parts(Sentence s, Trigger t, int after, List<Finding> out) {
        int k = s.is(after, ",") ? after + 1 : after;
        Count partitive = k > after ? CountParser.parse(s, k, Singles.NONE) : null;
        if (partitive != null && s.is(partitive.end() - 1, "them") && s.is(partitive.end() - 2, "of")) {
            out.add(new Finding(t.outcome(), partitive, t));
        } else if (s.is(k, "including") || s.is(k, "among") && s.is(k + 1, "them")) {
            int at = s.is(k, "among") ? k + 2 : k + 1;
            Count part = CountParser.parse(s, at, Singles.DESCRIBED);
            if (part != null && !part.bare()) {
                coordinated(s, t, part, out);
            }
        }
    }

    /**
     * The subject's counts. {@code participle}: a past form with no auxiliary, either a reduced relative ("five
     * people killed in the blast") or an active verb whose subject is the killer ("he killed.", "a deputy
     * Nichols murdered"), so a name or pronoun before it counts only in a headline or before "by".
     */
    private static void subject(Sentence s, Trigger t, List<Finding> out, boolean participle) {
        boolean mayBeAgent = participle && !s.headline && !s.is(t.end(), "by");
        Subjects.Found found = Subjects.before(s, t.start(), !participle);
        for (Count c : found.counts()) {
            boolean agent = mayBeAgent && (c.kind() == Count.Kind.NAMED || c.kind() == Count.Kind.PRONOUN);
            if ((!found.negated() || c.value() == 0) && !agent) {
                add(s, out, t, c);
            }
        }
    }

    /**
     * "Of the 23 pirates arrested, 12 are Somali and 11 Yemeni", "Out of 23 arrested pirates, 12 are from
     * Somalia": a sentence that opens on a counted group with its outcome, then counts parts of it.
     */
    private static boolean partitiveOpening(Sentence s, Trigger t, List<Finding> out) {
        int of = s.is(0, "out") && s.is(1, "of") ? 1 : s.is(0, "of") ? 0 : -1;
        if (of < 0 || t.start() > of + 6) {
            return false;
        }
        int comma = t.end();
        while (comma < s.size && !s.is(comma, ",") && comma < t.end() + 3) {
            comma++;
        }
        Count group = CountParser.parse(s, s.has(of + 1, Word.DET) ? of + 2 : of + 1, Singles.NONE);
        if (group != null && group.bare() && group.end() == t.start() && s.word(t.end()).isPerson()) {
            group = new Count(group.start(), t.end() + 1, group.value(), group.qualifier(), group.high(),
                    group.vague(), s.word(t.end()).group, false, group.kind()); // "23 arrested pirates"
        }
        if (!s.is(comma, ",") || group == null || group.bare()) {
            return false;
        }
        out.add(new Finding(t.outcome(), group, t));
        int k = comma + 1;
        Count part = CountParser.parse(s, k, Singles.NONE);
        if (part == null || !s.has(part.end(), Word.AUX)) {
            return true;
        }
        out.add(new Finding(t.outcome(), part.withGroup(group.group()), t));
        for (int m = part.end(); m < s.size && !s.is(m, ",") && !s.is(m, ";"); m++) {
            NumberParser.Parsed next = s.is(m, "and") ? NumberParser.parse(s, m + 1) : null;
            if (next != null && next.value() < group.value()) {
                out.add(new Finding(t.outcome(), new Count(m + 1, next.end(), next.value(), Qualifier.EXACT, null,
                        false, group.group(), true, Count.Kind.FIGURE), t)); // "... and 11 Yemeni"
                break;
            }
        }
        return true;
    }

    /** "230,000 people dead and missing": one figure for both outcomes, which belongs to the first. */
    private static boolean jointWithOutcomeBefore(Sentence s, Trigger t) {
        return (s.is(t.start() - 1, "and") || s.is(t.start() - 1, "or")) && s.word(t.start() - 2).isOutcome();
    }

    static void add(Sentence s, List<Finding> out, Trigger t, Count c) {
        // "captured 3 boats", "seized Goma": a verb that also takes things counts people only when it names them
        boolean thing = s.has(t.start(), Word.ALSO_THINGS) && (c.group() == null && !c.single()
                && !s.capitalized(c.end() - 1) // "12 Somalis": people the lexicon does not know

                || c.kind() == Count.Kind.NAMED && (c.end() - c.start() < 2 || s.has(c.end() - 1, Word.THING)));
        if ((!t.counted() || !c.single() || woundedNotDead(s)) && !thing) {
            out.add(new Finding(t.outcome(), c, t));
        }
    }

    /**
     * "taken to hospital with a cut on his head", "hospitalized after the shooting" are injuries; "taken to
     * hospital, where she died" is not, nor a hospital stay with no wound or violence in the sentence.
     */
    private static boolean woundedNotDead(Sentence s) {
        boolean wound = false;
        boolean violence = false;
        boolean illness = false;
        for (int k = 0; k < s.size; k++) {
            if (s.word(k).outcome == Outcome.KILLED) {
                return false;
            }
            wound |= s.has(k, Word.WOUNDS);
            violence |= s.has(k, Word.VIOLENCE); // "hospitalized after the attack", not "with pneumonia"
            illness |= s.has(k, Word.NATURAL);
        }
        return wound || violence && !illness;
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
        if ((s.is(k, "last") || s.is(k, "this") || s.is(k, "next")) && (s.has(k + 1, Word.CALENDAR)
                || s.has(k + 1, Word.UNIT) || s.is(k + 1, "night"))) {
            return true; // "recaptured last month": a time, not an object
        }
        boolean figureBefore = s.isNumber(t.start() - 1) || s.word(t.start() - 1).numberKind != null;
        return w.isOutcome() || w.isPerson() && figureBefore || (w.flags & (Word.PREP | Word.CONJ | Word.ADVERB
                | Word.CALENDAR | Word.CLAUSE | Word.AUX | Word.SAYS | Word.MODAL)) != 0;
    }
}
