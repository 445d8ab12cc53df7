package io.factwire.extractor.grammar;

/** Hypothetical and future outcomes ("could kill hundreds", "threatened to kill", "feared dead") are no claims. */
final class Modality {
    private static final int LOOK_BACK = 4;

    private Modality() {
    }

    static boolean hypothetical(Sentence s, Trigger t) {
        int k = t.start() - 1;
        for (int steps = 0; k >= 0 && steps < LOOK_BACK; steps++, k--) {
            Word w = s.word(k);
            if (w.has(Word.MODAL)) {
                return true;
            }
            if (s.is(k, "to")) {
                // "to kill", "to be killed": intended or expected; "reported to have been killed" is a report
                return !s.is(k + 1, "have") && !s.is(k - 1, "up") && !s.is(k - 1, "due");
            }
            if (!w.has(Word.AUX) && !w.has(Word.ADVERB) && !w.has(Word.NEGATION) && !s.isQuote(k)) {
                return false;
            }
        }
        return false;
    }
}
