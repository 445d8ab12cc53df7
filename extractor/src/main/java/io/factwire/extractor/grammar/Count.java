package io.factwire.extractor.grammar;

import io.factwire.extractor.Qualifier;
import io.factwire.extractor.VictimGroup;

/**
 * A count phrase found in a sentence: "at least five people", "dozens of protesters", "a police officer",
 * "Madeline Kafoury", "both", "12" (bare: its people are named elsewhere in the sentence).
 *
 * @param start     first token
 * @param end       token after the phrase
 * @param value     the figure (the low one of a range)
 * @param high      the high figure of a range, else null
 * @param group     the victim group its noun names, or null when it names none
 * @param bare      no person noun: "12 were killed", "killing 10"
 * @param kind      a figure, or one person described ("a woman", "the driver"), named ("LaSalle") or a pronoun
 */
record Count(int start, int end, long value, Qualifier qualifier, Long high, boolean vague, VictimGroup group,
             boolean bare, Kind kind) {

    enum Kind { FIGURE, DESCRIBED, NAMED, PRONOUN }

    /** One person rather than a figure: "a woman", "the driver", "LaSalle", "he", "one man". */
    boolean single() {
        return kind != Kind.FIGURE;
    }

    Count withGroup(VictimGroup newGroup) {
        return new Count(start, end, value, qualifier, high, vague, newGroup, bare, kind);
    }

    /** "his wife and another woman": two single persons, counted together. */
    static Count together(Count first, Count second) {
        VictimGroup group = first.group == second.group ? first.group : null;
        return new Count(first.start, second.end, first.value + second.value, Qualifier.EXACT, null, false, group,
                false, Kind.FIGURE);
    }
}
