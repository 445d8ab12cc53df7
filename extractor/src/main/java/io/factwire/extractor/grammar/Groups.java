package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import io.factwire.extractor.VictimGroup;
import java.util.Set;

/**
 * The victim group of each finding of one sentence, in text order. The noun says it ("soldiers", "protesters");
 * a bare figure takes the group of the figure before it ("9 officers were hurt, 2 were killed"); "both" takes
 * the people it refers to; "people" hurt "in the riots" may be on either side (unspecified); and an arrested
 * man or woman is a suspect rather than a civilian victim (unspecified).
 */
final class Groups {
    private static final Set<String> CLASHES = Set.of("riots", "riot", "violence", "clashes", "unrest", "protests",
            "demonstrations", "fighting", "rioting", "skirmishes");
    private static final int MAX_ANTECEDENT_DISTANCE = 12;

    private final Sentence s;
    private final boolean clashes;
    private VictimGroup previous;

    Groups(Sentence s) {
        this.s = s;
        this.clashes = inClashes(s);
    }

    /** Call in text order: a bare figure inherits from the findings before it. */
    VictimGroup of(Finding f) {
        Count c = f.count();
        VictimGroup group = c.group();
        if (group == null && s.is(c.start(), "both") && c.bare()) {
            group = antecedentGroup(c.start());
        }
        if (group != null) {
            if (group == VictimGroup.CIVILIANS && clashes && countsPeople(c)) {
                group = VictimGroup.UNSPECIFIED; // people hurt "in the riots" may be on either side
            }
            previous = group;
        } else if (!c.single()) {
            group = previous;
        } else if (f.outcome() != Outcome.ARRESTED && !s.is(c.start(), "himself") && !s.is(c.start(), "herself")) {
            group = VictimGroup.CIVILIANS; // a woman, a named victim, "she"
        }
        if (group == null || f.outcome() == Outcome.ARRESTED && group == VictimGroup.CIVILIANS) {
            return VictimGroup.UNSPECIFIED;
        }
        return group;
    }

    /** "opened fire on his bosses, wounding both": the nearest plural person noun before. */
    private VictimGroup antecedentGroup(int before) {
        for (int k = before - 1; k >= 0 && k >= before - MAX_ANTECEDENT_DISTANCE; k--) {
            Word w = s.word(k);
            if (w.isPerson() && w.plural && w.group != VictimGroup.UNSPECIFIED) {
                return w.group;
            }
        }
        return null;
    }

    private boolean countsPeople(Count c) {
        for (int k = c.start(); k < c.end(); k++) {
            if (s.is(k, "people") || s.is(k, "persons")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inClashes(Sentence s) {
        for (int k = 2; k < s.size; k++) {
            if (CLASHES.contains(s.norm(k)) && s.is(k - 1, "the") && (s.is(k - 2, "in") || s.is(k - 2, "during"))) {
                return true;
            }
        }
        return false;
    }
}
