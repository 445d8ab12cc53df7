package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import java.util.Set;

/**
 * Hypothetical, intended and future outcomes are no claims: "could kill hundreds", "threatened to kill",
 * "feared dead", "if the dam breaks, thousands could die", "a warrant for the arrest of".
 */
final class Modality {
    /** Words that make a following "arrest of", "death of" something sought rather than done. */
    private static final Set<String> SOUGHT = Set.of("leading", "lead", "seeking", "seek", "sought", "warrant",
            "warrants", "demanded", "demanding", "demand", "calls", "called", "urged", "ordered", "order");

    private Modality() {
    }

    /** "did not kill", "nearly killed": the verb before its object is negated. */
    static boolean negated(Sentence s, Trigger t) {
        for (int k = t.start() - 1; k >= 0 && k >= t.start() - 3; k--) {
            if (s.has(k, Word.NEGATION) && !s.is(k, "no")) {
                return true;
            }
            if (!s.has(k, Word.AUX) && !s.has(k, Word.ADVERB)) {
                return false;
            }
        }
        return false;
    }

    static boolean hypothetical(Sentence s, Trigger t) {
        if (t.link() == Trigger.Link.NOUN) {
            // "a reward for information leading to the arrest of": an arrest is sought long before it is made
            int article = t.start() - 1;
            boolean sought = SOUGHT.contains(s.norm(article - 1)) || (s.is(article - 1, "to")
                    || s.is(article - 1, "for")) && SOUGHT.contains(s.norm(article - 2));
            return t.outcome() == Outcome.ARRESTED && s.has(article, Word.DET) && sought;
        }
        if (t.link() == Trigger.Link.TOLL) {
            return false;
        }
        for (int k = t.start() - 1; k >= 0; k--) {
            if (s.has(k, Word.MODAL)) {
                return true;
            }
            if (s.is(k, "to") && k == t.start() - 1 || s.is(k, "to") && s.is(k + 1, "be")) {
                // "to kill", "to be killed": intended or expected; "reported to have been killed" is a report
                return !s.is(k - 1, "up") && !s.is(k - 1, "due");
            }
            if (endsClause(s, k)) {
                return false;
            }
        }
        return false;
    }

    /** A comma, semicolon, "and"/"but" or a subordinator closes the clause the outcome word is in. */
    private static boolean endsClause(Sentence s, int k) {
        return s.isPunct(k) && !s.isQuote(k) && !s.attachedHyphen(k) || s.has(k, Word.CONJ)
                || s.has(k, Word.CLAUSE) && !s.is(k, "that");
    }
}
