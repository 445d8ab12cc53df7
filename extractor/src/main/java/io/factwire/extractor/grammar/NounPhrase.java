package io.factwire.extractor.grammar;

import io.factwire.extractor.VictimGroup;

/**
 * The people a count phrase names: a few modifiers and a person noun ("Kazakh soldiers", "police bomb squad
 * technician", "10-year-old girl"), or a unit noun that shows the number counts something else ("18 houses").
 *
 * @param end    token after the phrase
 * @param group  the victim group, or null when no person noun was found
 * @param plural the head noun is plural
 * @param unit   the phrase is a unit or thing ("years", "houses"), so the number before it counts no people
 */
record NounPhrase(int end, VictimGroup group, boolean plural, boolean unit) {
    private static final int MAX_WORDS = 5;

    /**
     * Scans from {@code at}; after "of" ({@code afterOf}) a determiner and a number may come first ("of the three
     * victims"). Returns null when nothing noun-like starts there.
     */
    static NounPhrase scan(Sentence s, int at, boolean afterOf) {
        int m = at;
        if (afterOf) {
            while (s.has(m, Word.DET) || s.isNumber(m) || s.word(m).numberKind != null || s.is(m, "'s")) {
                m++;
            }
        }
        int head = -1;
        boolean security = false;
        int words = 0;
        for (; m < s.size && words < MAX_WORDS; m++) {
            Word w = s.word(m);
            if (s.attachedHyphen(m) || s.is(m, "'s")) {
                continue;
            }
            if (w.isPerson()) {
                head = m;
            } else if (stops(s, m)) {
                break;
            } else if (w.has(Word.UNIT) && head < 0 && words == 0) {
                return new NounPhrase(m + 1, null, true, true);
            }
            security |= w.has(Word.SECURITY);
            words++;
        }
        if (head < 0) {
            return m > at ? new NounPhrase(at, null, false, false) : null;
        }
        Word headWord = s.word(head);
        VictimGroup group = headWord.group;
        int end = head + 1;
        if (group == VictimGroup.UNSPECIFIED && s.is(end, "of") && !s.is(end + 1, "them")) {
            NounPhrase of = scan(s, end + 1, true);
            if (of != null && of.group != null) {
                group = of.group;
                end = of.end;
            }
        }
        if (security && (group == VictimGroup.CIVILIANS || group == VictimGroup.UNSPECIFIED)
                && !s.is(head, "people")) {
            group = VictimGroup.SECURITY_FORCES;
        }
        return new NounPhrase(end, group, headWord.plural, false);
    }

    private static boolean stops(Sentence s, int m) {
        if (s.isPunct(m) || s.isNumber(m)) {
            return true;
        }
        Word w = s.word(m);
        return w.isOutcome() || w.numberKind != null || (w.flags & (Word.PREP | Word.CONJ | Word.AUX | Word.DET
                | Word.PRONOUN | Word.SAYS | Word.MODAL | Word.CLAUSE | Word.CALENDAR | Word.NEGATION)) != 0;
    }
}
