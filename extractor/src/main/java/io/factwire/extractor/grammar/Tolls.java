package io.factwire.extractor.grammar;

import io.factwire.extractor.VictimGroup;
import io.factwire.extractor.grammar.CountParser.Singles;
import java.util.List;

/**
 * The figure a toll reports: "the death toll rose to 11", "bringing the confirmed death toll to 11", "the
 * number of soldiers killed in the riots was 13".
 */
final class Tolls {
    private static final int MAX_DISTANCE = 12;

    private Tolls() {
    }

    /** "the number of Kazakh soldiers killed": the people the toll counts. */
    private static VictimGroup countedGroup(Sentence s, Trigger t) {
        if (!s.is(t.start(), "number")) {
            return null;
        }
        NounPhrase np = NounPhrase.scan(s, t.start() + 2, true);
        return np == null ? null : np.group();
    }

    static void figure(Sentence s, Trigger t, List<Finding> out) {
        for (int k = t.end(); k < s.size && k < t.end() + MAX_DISTANCE; k++) {
            if (s.isPunct(k) && !s.attachedHyphen(k) && !s.is(k, ",")) {
                return;
            }
            if (s.has(k, Word.SAYS) || s.has(k, Word.MODAL)) {
                return;
            }
            Count c = CountParser.parse(s, k, Singles.NONE);
            if (c != null && !s.is(k - 1, "from")) {
                out.add(new Finding(t.outcome(), c.group() == null ? c.withGroup(countedGroup(s, t)) : c, t));
                return;
            }
            if (c != null) {
                k = c.end() - 1; // "rose from 5 to 11": the figure is the second
            }
        }
    }
}
