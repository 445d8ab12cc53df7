package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import io.factwire.extractor.VictimGroup;

/**
 * What the lexicon knows about one lowercase word: its function-word classes (bit flags), whether it is an
 * outcome word (and in which verb form), a person noun (with its victim group), or a number word. Built once in
 * {@link Lexicon}'s static initializer and never changed afterwards, so it is shared by all threads.
 */
final class Word {
    static final int AUX = 1;            // be, have, get, do forms
    static final int ADVERB = 1 << 1;    // may stand between an auxiliary and its participle
    static final int PREP = 1 << 2;
    static final int CONJ = 1 << 3;
    static final int DET = 1 << 4;
    static final int MODAL = 1 << 5;     // could, would, might...: the outcome is hypothetical
    static final int NEGATION = 1 << 6;
    static final int SAYS = 1 << 7;      // said, reported: an attribution verb
    static final int SECURITY = 1 << 8;  // police, military: turns "technician" into security forces
    static final int CALENDAR = 1 << 9;  // months and weekdays: not names, and a number after a month is a date
    static final int PRONOUN = 1 << 10;  // he, she, him, her: one person
    static final int UNIT = 1 << 11;     // years, km, magnitude, houses...: a number before it is not a count
    static final int TITLE = 1 << 12;    // Capt., Officer, Sgt.: precedes a name
    static final int HARM = 1 << 13;     // hit, struck, shot: participles that precede "and killed"
    static final int CLAUSE = 1 << 14;   // when, after, as, while, because: starts a new clause
    static final int ALSO_THINGS = 1 << 15; // captured, seized: counts people only with a person noun
    static final int PHRASE_START = 1 << 16; // may start a multiword outcome phrase ("shot to death")
    static final int VIOLENCE = 1 << 17;  // ArticleContext word classes, looked up once per token
    static final int NATURAL = 1 << 18;
    static final int SPORT = 1 << 19;
    static final int WOUNDS = 1 << 20;    // "from head injuries": a death by violence, not of old age
    static final int FROM_WORDNET = 1 << 21; // derived from WordNet (WordNetWords), not in the hand table
    static final int THING = 1 << 23;    // WordNet: a place or thing in its first sense ("airport", "boats")
    static final int KILLING_SENSE = 1 << 22; // a verb with a sense of killing: "hanged", "shot" ("... himself")

    static final Word NONE = new Word();

    int flags;
    /** The outcome this word reports, or null. */
    Outcome outcome;
    Form form;
    /** Victim group when this is a person noun, else null. */
    VictimGroup group;
    boolean plural;
    /** Value of a number word, or -1. */
    long value = -1;
    NumberKind numberKind;

    /** How an outcome word links to the people it counts. */
    enum Form {
        /** "killed", "injured": active past (object after) or passive participle (subject before). */
        PAST,
        /** "killing", "kills", "kill": active, the count is its object. */
        ACTIVE,
        /** "died", "dead", "missing", "perished": the count is its subject. */
        INTRANSITIVE,
        /** "deaths", "fatalities", "arrests": a count right before it ("11 deaths"), or "of" and a count after. */
        NOUN,
    }

    enum NumberKind { UNIT, TEEN, TEN, SCALE, DOZEN, VAGUE }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    boolean isPerson() {
        return group != null;
    }

    boolean isOutcome() {
        return outcome != null;
    }
}
