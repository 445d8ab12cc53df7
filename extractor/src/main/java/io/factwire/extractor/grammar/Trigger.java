package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;

/**
 * An outcome expression in a sentence, one or more tokens: "killed", "shot to death", "gunned down",
 * "in critical condition", "gave himself up", "death toll".
 *
 * @param start first token
 * @param end   token after it
 * @param link  where its count is: its object, its subject, "of" + count, a figure after a toll
 * @param natural the outcome word also reports natural deaths ("died", "death"), so a single person it counts
 *                may be an obituary's subject
 * @param counted only a figure counts: one person "taken to hospital" or "treated" is no injury claim, since
 *                that is also how the dying and the sick are reported
 */
record Trigger(Outcome outcome, int start, int end, Link link, boolean natural, boolean counted) {

    Trigger(Outcome outcome, int start, int end, Link link, boolean natural) {
        this(outcome, start, end, link, natural, false);
    }

    enum Link {
        /** Past form: object after it when active, subject before it when passive or adjectival. */
        OBJECT_OR_SUBJECT,
        /** Active form: the count is its object ("killing 10"). */
        OBJECT,
        /** The count is its subject ("10 died", "24 dead", "he surrendered"). */
        SUBJECT,
        /** One person, named by the trigger itself ("gave himself up"). */
        SELF,
        /** A noun after a count ("11 deaths") or before "of" and a count ("the deaths of three workers"). */
        NOUN,
        /** A toll: the figure comes after it ("the death toll rose to 11"). */
        TOLL,
        /** "took two guards hostage", "shot his wife dead": the object before the complement ({@link ObjectComplements}). */
        OBJECT_COMPLEMENT,
    }
}
