package io.factwire.extractor.grammar;

import io.factwire.extractor.grammar.CountParser.Singles;
import java.util.List;

/**
 * The object of a verb whose outcome is told by a complement after the object: "took two transport officers
 * hostage", "shoots his girlfriend dead". The object, "them" standing for the people named earlier in the
 * sentence ("pulled a gun on two guards ... and held them hostage"), or the person a relative clause describes
 * ("a woman he took hostage").
 */
final class ObjectComplements {
    private ObjectComplements() {
    }

    static void find(Sentence s, Trigger t, List<Finding> out) {
        int object = t.start() + 1;
        if (s.is(object, "them")) {
            Count antecedent = lastObjectCount(s, t.start());
            if (antecedent != null) {
                out.add(new Finding(t.outcome(), antecedent, t));
            }
            return;
        }
        Count c = CountParser.parse(s, object, Singles.NAMED_OR_PRONOUN);
        if (c != null && c.end() >= t.end() - 1) {
            if (c.end() == t.end() && s.word(t.end() - 2).isPerson()) {
                c = c.withGroup(s.word(t.end() - 2).group); // "hostage" is a person noun too: "officers hostage"
            }
            SentenceGrammar.coordinated(s, t, c, out);
            return;
        }
        if (s.is(object, "hostage") && (s.has(t.start() - 1, Word.PRONOUN) || s.is(t.start() - 1, "they"))) {
            Count described = Subjects.countEndingAt(s, t.start() - 1, true);
            if (described != null && described.kind() != Count.Kind.PRONOUN) {
                out.add(new Finding(t.outcome(), described, t)); // "a woman he took hostage"
            }
        }
    }

    /** The last count of people before {@code verb} that stands after a verb or preposition (not a subject). */
    private static Count lastObjectCount(Sentence s, int verb) {
        Count last = null;
        for (int k = 1; k < verb; k++) {
            Count c = CountParser.parse(s, k, Singles.DESCRIBED);
            if (c != null && !c.bare() && c.end() <= verb && (s.has(k - 1, Word.PREP) || s.word(k - 1).isOutcome())) {
                last = c;
                k = c.end() - 1;
            }
        }
        return last;
    }
}
