package io.factwire.extractor.grammar;

import io.factwire.extractor.VictimGroup;

/**
 * The people a count phrase names: a few modifiers and a person noun ("Kazakh soldiers", "police bomb squad
 * technician", "10-year-old girl"), or a unit noun that shows the number counts something else ("18 houses").
 *
 * @param end    token after the phrase
 * @param person a person is named: a person noun, or an age standing for one ("the 61-year-old")
 * @param group  the victim group the noun tells, or null
 * @param plural the head noun is plural
 * @param unit   the phrase is a unit or thing ("years", "houses"), so the number before it counts no people
 */
record NounPhrase(int end, boolean person, VictimGroup group, boolean plural, boolean unit) {
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
        int unknownPlural = -1;
        VictimGroup modifierGroup = null;
        boolean security = false;
        int words = 0;
        for (; m < s.size && words < MAX_WORDS; m++) {
            Word w = s.word(m);
            if (s.attachedHyphen(m) || s.is(m, "'s")) {
                continue;
            }
            boolean inCompound = s.attachedHyphen(m + 1) || s.attachedHyphen(m - 1);
            if (w.isPerson()) {
                if (head >= 0 && s.word(head).isPerson() && s.word(head).group != VictimGroup.UNSPECIFIED) {
                    modifierGroup = s.word(head).group; // "crew members", "police officials"
                }
                head = m;
            } else if (inCompound && isAgeCompound(s, m)) {
                head = head < 0 || !s.word(head).isPerson() ? m : head; // "the 61-year-old"
            } else if (inCompound) {
                words--; // "10-year-old", "hit-and-run": one modifier however many parts
            } else if (head < 0 && words > 0 && coordinatedModifier(s, m)) {
                words--; // "Somali and Yemeni pirates": modifiers sharing one head
            } else if (stops(s, m)) {
                break;
            } else if (w.has(Word.UNIT) && head < 0 && words == 0 && !(s.is(m, "second") && s.word(m + 1).isPerson())) {
                return new NounPhrase(m + 1, false, null, true, true);
            } else if (w == Word.NONE && isPluralForm(s.norm(m))) {
                unknownPlural = m; // "both pilots", "two Palestinians": plurals the lexicon does not know
            }
            security |= w.has(Word.SECURITY);
            words++;
        }
        if (head < 0 && unknownPlural >= 0 && unknownPlural == m - 1 && !afterOf && (verbFollows(s, m)
                || endsNounPhrase(s, m) && (s.capitalized(unknownPlural) || s.norm(unknownPlural).endsWith("men")))) {
            return new NounPhrase(m, true, null, true, false); // "two pilots died", "killing two Palestinians."
        }
        if (head < 0) {
            return m > at ? new NounPhrase(m, false, null, false, false) : null;
        }
        Word headWord = s.word(head);
        VictimGroup group = s.is(head, "others") ? null : headWord.group; // "70 others": as the figure before
        if (group == VictimGroup.UNSPECIFIED && modifierGroup != null) {
            group = modifierGroup;
        }
        int end = head + 1;
        if (s.is(end, "of") && !headWord.plural && (s.isNumber(end + 1) || s.word(end + 1).numberKind != null)
                && !s.word(end + 2).isPerson()) {
            end += 2; // "mother of two" is one person
        }
        if (group == VictimGroup.UNSPECIFIED && s.is(end, "of") && !s.is(end + 1, "them")) {
            NounPhrase of = scan(s, end + 1, true);
            if (of != null && of.person) {
                group = of.group;
                end = of.end;
            }
        }
        if (security && (group == null || group == VictimGroup.CIVILIANS || group == VictimGroup.UNSPECIFIED)
                && !s.is(head, "people")) {
            group = VictimGroup.SECURITY_FORCES;
        }
        return new NounPhrase(end, true, group, headWord.isPerson() && headWord.plural, false);
    }

    /** "and" (or a comma) between two capitalized modifiers: "Somali and Yemeni", "Iraqi, Syrian". */
    private static boolean coordinatedModifier(Sentence s, int m) {
        return (s.is(m, "and") || s.is(m, ",")) && s.capitalized(m - 1) && s.word(m - 1) == Word.NONE
                && s.capitalized(m + 1) && s.word(m + 1) == Word.NONE;
    }

    private static boolean verbFollows(Sentence s, int m) {
        return s.word(m).isOutcome() || s.has(m, Word.AUX);
    }

    /** What may follow the people a figure counts: a verb, a break, a function word. */
    private static boolean endsNounPhrase(Sentence s, int m) {
        Word w = s.word(m);
        return m >= s.size || s.isPunct(m) && !s.attachedHyphen(m) || w.isOutcome()
                || (w.flags & (Word.AUX | Word.PREP | Word.CONJ | Word.CLAUSE | Word.SAYS | Word.ADVERB)) != 0;
    }

    private static boolean isPluralForm(String word) {
        return word.endsWith("s") && !word.endsWith("ss") || word.endsWith("men");
    }

    /** "old" closing "61-year-old" or "two-month-old": the age stands for the person. */
    private static boolean isAgeCompound(Sentence s, int m) {
        return s.is(m, "old") && s.attachedHyphen(m - 1)
                && (s.is(m - 2, "year") || s.is(m - 2, "years") || s.is(m - 2, "month") || s.is(m - 2, "months"))
                && !s.word(nextWord(s, m + 1)).isPerson();
    }

    private static int nextWord(Sentence s, int k) {
        while (k < s.size && (s.capitalized(k) && !s.word(k).isPerson() || s.word(k) == Word.NONE && !s.isPunct(k))) {
            k++;
        }
        return k;
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
