package io.factwire.extractor.grammar;

/**
 * A person's name: capitalized words, maybe after a title ("Capt. Tom Tennant", "Senior Trooper William Hakim",
 * "Woodburn Chief of Police Scott Russell"). One person; security forces when a police or military title is
 * part of it.
 */
final class Names {
    /** A name ending before token {@code end}. */
    record Name(int start, int end, boolean security) {
    }

    private Names() {
    }

    /** The name starting at {@code at}, or null. */
    static Name scan(Sentence s, int at) {
        int m = at;
        boolean security = false;
        int capitals = 0;
        while (m < s.size) {
            Word w = s.word(m);
            if (s.capitalized(m) && !w.has(Word.CALENDAR) && !w.has(Word.DET) && !w.has(Word.PREP)
                    && !w.has(Word.CONJ) && !w.has(Word.AUX) && !w.has(Word.PRONOUN) && !w.isOutcome()
                    && w.numberKind == null && !w.has(Word.CLAUSE) && !w.has(Word.SAYS)) {
                security |= isSecurityTitle(s, m);
                capitals++;
                m++;
            } else if (capitals > 0 && (s.attachedHyphen(m) || s.is(m, "of") && s.capitalized(m + 1))) {
                m++;
            } else {
                break;
            }
        }
        if (capitals == 0 || s.word(m - 1).isPerson() && capitals == 1
                || at == 0 && capitals == 1 && s.has(at, Word.ADVERB)
                || (s.has(at - 1, Word.DET) || s.has(at - 1, Word.PREP)) && m < s.size && s.token(m).isWord()
                && !s.capitalized(m) && s.word(m) == Word.NONE) {
            return null; // "Providentially, ...", "of Saudi supertanker": no one's name
        }
        return new Name(at, m, security);
    }

    /** The name ending just before {@code end} (the token after its last word), or null. */
    static Name endingAt(Sentence s, int end) {
        int m = end - 1;
        while (m >= 0 && (s.capitalized(m) || s.is(m, "of") && s.capitalized(m - 1) && s.capitalized(m + 1)
                || s.attachedHyphen(m))) {
            m--;
        }
        for (int start = m + 1; start < end; start++) {
            Name name = scan(s, start);
            if (name != null && name.end() == end) {
                return name;
            }
        }
        return null;
    }

    private static boolean isSecurityTitle(Sentence s, int m) {
        String w = s.norm(m);
        return s.word(m).has(Word.SECURITY) || switch (w) {
            case "capt.", "captain", "lt.", "lieutenant", "sgt.", "sergeant", "officer", "trooper", "constable",
                 "const.", "cst.", "deputy", "sheriff", "det.", "detective", "agent", "insp.", "inspector",
                 "supt.", "superintendent", "col.", "colonel", "gen.", "general", "maj.", "major", "cpl.",
                 "corporal", "pvt.", "private", "sgt", "capt", "lt", "snr.", "comr." -> true;
            default -> false;
        };
    }
}
