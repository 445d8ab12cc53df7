package io.factwire.extractor.grammar;

import io.factwire.extractor.Qualifier;
import io.factwire.extractor.VictimGroup;
import io.factwire.extractor.grammar.CountParser.Singles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the subject count of a passive or intransitive outcome word by walking left: over the auxiliary chain
 * ("have been reportedly"), a relative pronoun ("Tennant, who was killed"), an appositive (", both 51,",
 * "-two women and a man-"), a trailing prepositional phrase ("19 patients at the hospital"), and coordinated
 * subjects ("two women and one man died").
 */
final class Subjects {
    private static final int MAX_SUBJECT_TOKENS = 12;
    private static final int MAX_APPOSITIVE_TOKENS = 12;
    private static final int MAX_APPOSITIVES = 3;
    private static final int MAX_RELATIVE_CLAUSE_TOKENS = 30;
    private static final Set<String> POSTMODIFIERS = Set.of("suspected", "accused", "charged",
            "wanted", "believed", "identified", "described", "named", "convicted");

    /** The counts found, and whether the verb was negated ("were not hurt"). */
    record Found(List<Count> counts, boolean negated) {
    }

    private Subjects() {
    }

    /** A be/get auxiliary before the participle at {@code at}, across adverbs: "was", "were reportedly". */
    static boolean passive(Sentence s, int at) {
        int k = at - 1;
        while (k >= 0 && (s.has(k, Word.ADVERB) && !s.has(k, Word.AUX) && !s.capitalized(k) || s.isQuote(k)
                || s.has(k, Word.NEGATION))) {
            k--;
        }
        return switch (s.norm(k)) {
            case "is", "are", "was", "were", "be", "been", "being", "am", "got", "get", "gets", "getting", "gotten",
                 "isn't", "aren't", "wasn't", "weren't" -> true;
            default -> false;
        };
    }

    /**
     * The subject counts of the outcome word at {@code trigger}. {@code finite}: the word is a finite verb
     * ("died", "were killed"), so in "two of the three victims died" only the two died; a bare participle
     * ("one of 14 people killed") says the 14 were.
     */
    static Found before(Sentence s, int trigger, boolean finite) {
        int j = trigger - 1;
        boolean negated = false;
        while (j >= 0) {
            Word w = s.word(j);
            if (s.isQuote(j) || w.has(Word.AUX) || w.has(Word.ADVERB) && !s.capitalized(j)
                    || s.is(j, "to") && s.is(j + 1, "have")) {
                j--;
            } else if (w.has(Word.NEGATION) && !s.is(j, "no") && !s.is(j, "none") && !s.is(j, "nobody")) {
                negated = true;
                j--;
            } else if ((s.is(j, "and") || s.is(j, ",")) && s.has(j - 1, Word.HARM)) {
                j -= 2; // "hit and killed", "struck, killed"
            } else {
                break;
            }
        }
        if (s.is(j, "and") || s.is(j, "but") || nonFiniteClause(s, j)) {
            Count shared = sharedSubject(s, s.is(j - 1, ",") ? j - 1 : j);
            return new Found(shared == null ? List.of() : List.of(shared), negated);
        }
        if (s.is(j, "who") || s.is(j, "that") || s.is(j, "which")) {
            j--;
            if (s.is(j, ",")) {
                j--;
            }
        }
        List<Count> counts = new ArrayList<>(2);
        subjectEndingAt(s, j + 1, finite, counts);
        if (counts.isEmpty() && finite) {
            Count head = modifiedSubject(s, j);
            if (head != null) {
                counts.add(head);
            }
        }
        return new Found(counts, negated);
    }

    private static void subjectEndingAt(Sentence s, int end, boolean finite, List<Count> out) {
        int fromAppositive = out.size();
        for (int appositives = 0; appositives < MAX_APPOSITIVES && closesAppositive(s, end - 1)
                && end - 1 > 0; appositives++) {
            int last = end - 1;
            while (s.is(last, "-") && s.is(last - 1, "-")) {
                last--; // "- -": a dash of detokenized text
            }
            int open = opener(s, last);
            if (open < 0) {
                return;
            }
            if (appositives == 0) {
                appositive(s, open + 1, last, out);
            }
            end = open;
            while (s.is(end - 1, "-")) {
                end--;
            }
            if (isAgeBefore(s, end)) {
                end -= 2; // "Kevin Moss, 44, of Dayton, was": an age before the appositive
            }
        }
        if (end <= 0) {
            return;
        }
        Count c = countEndingAt(s, end, true);
        if (c == null) {
            c = countBeforeTrailer(s, end);
        }
        if (c == null) {
            return;
        }
        if (c.group() == null && c.kind() == Count.Kind.NAMED) {
            c = c.withGroup(apposedGroup(s, c.start())); // "Woodburn's police chief, Scott Russell"
        }
        out.addAll(CountParser.partsInParentheses(s, c.end(), c.value()));
        for (int k = fromAppositive; k < out.size(); k++) {
            if (out.get(k).group() == null) {
                out.set(k, out.get(k).withGroup(c.group())); // "Capt. Tennant and Trooper Hakim, both 51"
            }
        }
        while (s.is(c.start() - 1, "and") || s.is(c.start() - 1, ",") || s.is(c.start() - 1, "of")) {
            if (c.kind() == Count.Kind.NAMED && s.is(c.start() - 1, "and") && isAgeBefore(s, c.start() - 2)
                    && s.is(c.start() - 2, ",")) {
                Count named = countEndingAt(s, c.start() - 4, true); // "Hernandez, 20, and Velasquez, 24, were"
                if (named != null && named.kind() == Count.Kind.NAMED) {
                    c = Count.together(named, c);
                    continue;
                }
            }
            boolean partitive = s.is(c.start() - 1, "of");
            Count previous = countEndingAt(s, c.start() - 1, !partitive);
            if (previous != null && previous.single() && c.single() && (s.is(c.start(), "another")
                    || s.is(c.start() - 1, "and") && previous.kind() == Count.Kind.NAMED
                    && c.kind() == Count.Kind.NAMED)) {
                c = Count.together(previous, c); // "Riva and Steinberg were arrested": two people
                continue;
            }
            if (previous != null && partitive && finite && !previous.single()) {
                c = previous;
                continue;
            }
            boolean joined = previous != null && (partitive ? !previous.single()
                    : clauseStart(s, previous.start() - 1));
            if (!joined || s.is(c.start() - 1, ",") && (previous.single() || c.single())) {
                break; // "Gulf of Aden, 26 pirates": a comma joins figures, not names
            }
            out.add(c);
            c = previous;
        }
        out.add(c);
    }

    /**
     * The head of a subject that a long modifier separates from its verb: "A man suspected of shooting three
     * people at a suburban accounting firm ... was arrested". Only a sentence-opening person with a
     * participle or relative clause right after it.
     */
    private static Count modifiedSubject(Sentence s, int before) {
        int start = 0;
        while (s.isQuote(start)) {
            start++;
        }
        Count head = CountParser.parse(s, start, Singles.DESCRIBED);
        if (head == null || head.bare() || head.end() >= before) {
            return null;
        }
        String next = s.norm(head.end());
        Word after = s.word(head.end());
        boolean modified = next.equals("who") || next.equals("whose") || POSTMODIFIERS.contains(next)
                || (after == Word.NONE || after.form == Word.Form.PAST) && next.endsWith("ed")
                && !s.capitalized(head.end());
        return modified ? head : null;
    }

    /**
     * The subject a coordinated verb phrase shares with the clause before ("The driver fled but was
     * apprehended", "a 61-year-old man surrendered and was arrested"): the first count phrase of the clause.
     */
    private static Count sharedSubject(Sentence s, int conjunction) {
        int start = 0;
        for (int k = conjunction - 1; k >= 0; k--) {
            if (s.is(k, ";") || s.is(k, ":") || s.has(k, Word.SAYS) || s.is(k, "that")) {
                start = k + 1;
                break;
            }
        }
        if (s.has(start, Word.PREP)) {
            for (int k = start; k < conjunction; k++) {
                if (s.is(k, ",")) {
                    start = k + 1;
                    break;
                }
            }
        }
        for (int k = start; k < conjunction; k++) {
            Count c = CountParser.parse(s, k, Singles.NAMED_OR_PRONOUN);
            if (c != null && !c.bare() || c != null && c.single()) {
                return c;
            }
            Word w = s.word(k);
            if (w.isPerson() || w.isOutcome() || w.has(Word.SAYS)) {
                return null;
            }
        }
        return null;
    }

    /** "after being arrested", "before being taken": a clause with no subject of its own shares the main one. */
    private static boolean nonFiniteClause(Sentence s, int j) {
        return (s.is(j, "after") || s.is(j, "before") || s.is(j, "since") || s.is(j, "upon") || s.is(j, "while"))
                && (s.is(j + 1, "being") || s.is(j + 1, "having"));
    }

    /** The count phrase that ends exactly at {@code end}, starting as far left as possible. */
    static Count countEndingAt(Sentence s, int end, boolean singles) {
        Count best = null;
        for (int st = end - 1; st >= 0 && st >= end - MAX_SUBJECT_TOKENS; st--) {
            if (s.isPunct(st) && !s.attachedHyphen(st) && !s.isQuote(st)) {
                break;
            }
            Count c = CountParser.parse(s, st, singles ? Singles.NAMED_OR_PRONOUN : Singles.NONE);
            if (c != null && c.end() == end) {
                best = c;
            }
        }
        return best;
    }

    /** "Another 19 patients at the hospital", "eight police officers and military servicemen". */
    private static Count countBeforeTrailer(Sentence s, int end) {
        for (int p = end - 1; p >= 0 && p >= end - 7; p--) {
            if (s.isPunct(p) && !s.attachedHyphen(p)) {
                return null;
            }
            boolean and = s.is(p, "and");
            if (and || s.has(p, Word.PREP) && !s.is(p, "to")) {
                NounPhrase tail = NounPhrase.scan(s, p + 1, true);
                if (tail == null || tail.end() != end || and && !tail.person()) {
                    continue;
                }
                Count c = countEndingAt(s, p, true);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Counts inside an appositive that count people themselves: "two women and a man", "both 51". */
    private static void appositive(Sentence s, int from, int to, List<Count> out) {
        int k = s.is(from, "including") ? from + 1 : from;
        while (k < to) {
            if (s.is(k, "both")) {
                out.add(new Count(k, k + 1, 2, Qualifier.EXACT, null, false, null, false, Count.Kind.FIGURE));
                return;
            }
            Count c = CountParser.parse(s, k, Singles.DESCRIBED);
            if (c == null || c.end() > to || c.bare()) {
                return;
            }
            out.add(c);
            k = c.end();
            if (s.is(k, "and") || s.is(k, ",")) {
                k++;
            } else {
                return;
            }
        }
    }

    /** The group of the description a name stands in apposition to: "the police chief, 46-year-old Scott". */
    private static VictimGroup apposedGroup(Sentence s, int name) {
        int k = name - 1;
        while (k > 0 && (s.isNumber(k) || s.attachedHyphen(k) || s.is(k, "year") || s.is(k, "old"))) {
            k--;
        }
        if (!s.is(k, ",")) {
            return null;
        }
        VictimGroup group = null;
        for (int st = k - 1; st >= 0 && st >= k - MAX_APPOSITIVE_TOKENS && !s.isPunct(st); st--) {
            NounPhrase np = NounPhrase.scan(s, st, false);
            if (np != null && np.person() && np.end() == k) {
                group = np.group(); // the longest description: "Woodburn's police chief", not "chief"
            }
        }
        return group;
    }

    private static boolean closesAppositive(Sentence s, int k) {
        return s.is(k, ",") || s.is(k, "-") || s.is(k, ")");
    }

    /** "Moss, 44" right before {@code end}. */
    private static boolean isAgeBefore(Sentence s, int end) {
        return s.isNumber(end - 1) && s.is(end - 2, ",") && s.capitalized(end - 3);
    }

    private static int opener(Sentence s, int close) {
        String open = s.is(close, ")") ? "(" : s.norm(close);
        for (int k = close - 1; k >= 0 && k >= close - MAX_RELATIVE_CLAUSE_TOKENS; k--) {
            if (s.is(k, open) && (k >= close - MAX_APPOSITIVE_TOKENS || s.is(k + 1, "who"))) {
                return k; // a relative clause may run longer: "Lo Presti, who had been convicted ... , was"
            }
            if (s.is(k, ".") || s.is(k, ";") || s.is(k, ":")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean clauseStart(Sentence s, int k) {
        return k < 0 || s.isPunct(k) || s.word(k).isPerson() || (s.word(k).flags & (Word.SAYS | Word.CONJ
                | Word.CLAUSE | Word.PREP | Word.ADVERB)) != 0;
    }
}
