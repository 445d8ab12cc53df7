package io.factwire.extractor.grammar;

import io.factwire.extractor.Qualifier;
import io.factwire.extractor.VictimGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the count phrase that starts at a token: an optional qualifier ("at least", "more than", "some",
 * "up to"), a number or range ("10 to 15", "between 10 and 15", "10-15"), then the people it counts
 * ("police officers", "of the protesters", "others") if any; or one person ("a police officer", "the driver",
 * "his former boss", "LaSalle", "he"); or "both" (2); or "no one" (0).
 */
final class CountParser {
    /** Determiners before one person ("one" is a number word, parsed as a figure of 1). */
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "the", "another",
            "his", "her", "their", "its", "this", "that");

    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");

    private CountParser() {
    }

    /** How far a caller lets single persons count. */
    enum Singles { NONE, DESCRIBED, NAMED_OR_PRONOUN }

    static Count parse(Sentence s, int i, Singles singles) {
        int j = i;
        while (s.isQuote(j)) {
            j++;
        }
        Qualifiers.Phrase hedge = Qualifiers.at(s, j);
        Qualifier qualifier = hedge == null ? Qualifier.EXACT : hedge.qualifier();
        int qualifierLength = hedge == null ? 0 : hedge.length();
        Count count = numeric(s, i, j + qualifierLength, qualifier);
        if (count != null || qualifierLength > 0 && qualifier != Qualifier.EXACT) {
            return count;
        }
        return single(s, i, j, singles);
    }

    private static Count numeric(Sentence s, int start, int at, Qualifier qualifier) {
        boolean between = s.is(at, "between");
        int numberAt = between ? at + 1 : at;
        NumberParser.Parsed number = NumberParser.parse(s, numberAt);
        if (number == null) {
            return numberAt == at && s.is(at, "both") ? afterNumber(s, start, at + 1, 2, qualifier, null, false, false)
                    : zero(s, start, at);
        }
        int k = number.end();
        Long high = null;
        if (between ? s.is(k, "and") : s.is(k, "to") || s.is(k, "-") || s.is(k, "or")) {
            NumberParser.Parsed upper = NumberParser.parse(s, k + 1);
            if (upper != null && upper.value() > number.value() && !upper.vague()) {
                high = upper.value();
                qualifier = Qualifier.RANGE;
                k = upper.end();
            }
        }
        if (between && high == null) {
            return null;
        }
        if (number.vague() && qualifier == Qualifier.EXACT) {
            qualifier = Qualifier.AT_LEAST;
        }
        if (precededByDateOrUnit(s, numberAt) || s.has(numberAt - 1, Word.PREP) && s.word(numberAt - 2).isPerson()
                && !s.word(numberAt - 2).plural || s.is(k, "%") || namesAModel(s, numberAt)) {
            return null; // "Jan. 6", "$35,000", "magnitude 6", "a mother of two", "100%", "Curve 8900"
        }
        return afterNumber(s, start, k, number.value(), qualifier, high, number.vague(), number.year());
    }

    private static boolean precededByDateOrUnit(Sentence s, int at) {
        return s.isNumber(at) && (s.has(at - 1, Word.CALENDAR) || s.is(at - 1, "$") || s.is(at - 1, "no.")
                || s.is(at - 1, "#") || s.is(at - 1, "magnitude") || s.is(at - 1, "aged") || s.is(at - 1, "age")
                || s.is(at - 1, "highway") || s.is(at - 1, "route") || s.is(at - 1, "interstate")
                || s.is(at - 1, "-") && s.isNumber(at - 2));
    }

    /** Digits right after an unknown capitalized word name a thing: "Route 94", "Boeing 747", "Curve 8900". */
    private static boolean namesAModel(Sentence s, int at) {
        return s.isNumber(at) && at > 1 && s.capitalized(at - 1) && s.word(at - 1) == Word.NONE
                && Qualifiers.at(s, at - 1) == null;
    }

    private static Count zero(Sentence s, int start, int at) {
        if (s.is(at, "no") && (s.is(at + 1, "one") || s.is(at + 1, "person"))) {
            return none(start, skipElse(s, at + 2));
        }
        if (s.is(at, "no") && s.attachedHyphen(at + 1) && s.is(at + 2, "one")) {
            return none(start, skipElse(s, at + 3));
        }
        if (s.is(at, "nobody") || s.is(at, "none")) {
            int end = at + 1;
            if (s.is(end, "of")) {
                NounPhrase np = NounPhrase.scan(s, end + 1, true);
                end = np == null ? end + 1 : np.end();
            }
            return none(start, skipElse(s, end));
        }
        return null;
    }

    /** "no one", "nobody", "none of the passengers": zero people. */
    private static Count none(int start, int end) {
        return new Count(start, end, 0, Qualifier.EXACT, null, false, null, true, Count.Kind.FIGURE);
    }

    private static int skipElse(Sentence s, int at) {
        return s.is(at, "else") ? at + 1 : at;
    }

    /** What follows a number: "more", "other(s)", the people counted, or a partitive "of them". */
    private static Count afterNumber(Sentence s, int start, int k, long value, Qualifier qualifier, Long high,
                                     boolean vague, boolean year) {
        if (s.is(k, "more") || s.is(k, "other") || s.is(k, "additional") || s.is(k, "further")) {
            k++;
        }
        if (s.is(k, "of") && (NumberParser.parse(s, k + 1) != null
                || s.has(k + 1, Word.DET) && NumberParser.parse(s, k + 2) != null)) {
            // "one of 14 people killed": the figure inside counts the people; "30 of the 80 wounded" is
            // found as a partitive of that figure
            return endsBareCount(s, k) && !year ? new Count(start, k, value, qualifier, high, vague, null, true,
                    Count.Kind.FIGURE) : null;
        }
        if (s.is(k, "of")) {
            NounPhrase np = NounPhrase.scan(s, k + 1, true);
            if (np != null && np.person() || s.is(k + 1, "them") || s.is(k + 1, "whom")) {
                int end = np != null && np.person() ? np.end() : k + 2;
                return new Count(start, end, value, qualifier, high, vague,
                        np == null ? null : np.group(), false, Count.Kind.FIGURE);
            }
        }
        NounPhrase np = NounPhrase.scan(s, k, false);
        if (np != null && np.person()) {
            return new Count(start, np.end(), value, qualifier, high, vague, np.group(), false,
                    value == 1 ? Count.Kind.DESCRIBED : Count.Kind.FIGURE);
        }
        NounPhrase shared = np == null || np.end() > k + 2 || !modifiersOnly(s, k, np.end()) ? null
                : sharedHead(s, np.end());
        if (shared != null) {
            return new Count(start, np.end(), value, qualifier, high, vague, shared.group(), false,
                    Count.Kind.FIGURE);
        }
        if (year || np != null && np.unit() || !endsBareCount(s, k) || isAge(s, start, k)) {
            return null;
        }
        return new Count(start, k, value, qualifier, high, vague, null, true, Count.Kind.FIGURE);
    }

    /** "Somali", "male": no noun of its own between a number and "and" (not "three boats and 12 pirates"). */
    private static boolean modifiersOnly(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.has(k, Word.THING) || s.has(k, Word.UNIT) || !s.capitalized(k) && s.norm(k).endsWith("s")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "12 Somali and 11 Yemeni pirates": the head noun of the next coordinated count, which the first count
     * shares; null when no count of people follows the "and".
     */
    private static NounPhrase sharedHead(Sentence s, int conjunction) {
        if (!s.is(conjunction, "and") && !s.is(conjunction, ",")) {
            return null;
        }
        NumberParser.Parsed next = NumberParser.parse(s, conjunction + 1);
        if (next == null) {
            return null;
        }
        NounPhrase np = NounPhrase.scan(s, next.end(), false);
        if (np != null && !np.person() && np.end() <= next.end() + 2) {
            return sharedHead(s, np.end()); // "12 Somali, 11 Yemeni and 3 Indian nationals"
        }
        return np != null && np.person() ? np : null;
    }

    /**
     * "the 23 pirates (12 Somali and 11 Yemeni)": figures in parentheses right after a count of people, each
     * with at most two modifiers and no noun of its own, joined by "and" or commas, adding up to the count
     * ({@code total}); they are parts of it. Empty unless the whole parenthesis is such a list ("Killings of
     * Afghan Children (2)" in a list of headlines is a counter).
     */
    static List<Count> partsInParentheses(Sentence s, int open, long total) {
        if (!s.is(open, "(")) {
            return List.of();
        }
        List<Count> parts = new ArrayList<>(3);
        int k = open + 1;
        while (true) {
            NumberParser.Parsed n = NumberParser.parse(s, k);
            if (n == null || n.year()) {
                return List.of();
            }
            int m = n.end();
            while (m < s.size && m < n.end() + 2 && s.token(m).isWord() && !s.word(m).isOutcome() && !s.has(m, Word.CONJ) && !s.has(m, Word.UNIT)) {
                m++;
            }
            parts.add(new Count(k, m, n.value(), n.vague() ? Qualifier.AT_LEAST : Qualifier.EXACT, null,
                    n.vague(), null, true, Count.Kind.FIGURE));
            if (s.is(m, ")")) {
                return parts.size() > 1 && parts.stream().mapToLong(Count::value).sum() == total ? parts : List.of();
            }
            if (!s.is(m, "and") && !s.is(m, ",")) {
                return List.of();
            }
            k = s.is(m + 1, "and") ? m + 2 : m + 1;
        }
    }

    /** "LaSalle, 36, of Minneapolis": a bare number between commas after a name is an age. */
    private static boolean isAge(Sentence s, int start, int end) {
        return s.is(start - 1, ",") && (s.is(end, ",") || end >= s.size || s.is(end, "."))
                && (s.capitalized(start - 2) || s.word(start - 2).isPerson());
    }

    /** A number with no noun still counts people when a verb, a break or a function word follows it. */
    private static boolean endsBareCount(Sentence s, int k) {
        if (k >= s.size || s.isPunct(k) && !s.attachedHyphen(k)) {
            return true;
        }
        Word w = s.word(k);
        return w.isOutcome() || (w.flags & (Word.AUX | Word.ADVERB | Word.PREP | Word.CONJ | Word.SAYS | Word.MODAL
                | Word.CLAUSE | Word.CALENDAR)) != 0 || s.is(k, "others");
    }

    /** One person: "a/one/the/his [modifiers] NOUN", a name, a pronoun. */
    private static Count single(Sentence s, int start, int at, Singles singles) {
        if (singles == Singles.NONE) {
            return null;
        }
        if ((s.is(at, "a") || s.is(at, "another")) && ORDINALS.contains(s.norm(at + 1)) && !s.is(at + 2, "of")
                && (s.has(at + 2, Word.AUX) || s.isPunct(at + 2) || s.word(at + 2).isOutcome() || at + 2 >= s.size)) {
            return one(start, at + 2, null, Count.Kind.DESCRIBED); // "a third was wounded": one more person
        }
        if (SINGULAR_DETERMINERS.contains(s.norm(at))) {
            NounPhrase np = NounPhrase.scan(s, at + 1, false);
            if (np == null || !np.person() || np.plural()) {
                return null;
            }
            return one(start, np.end(), np.group(), Count.Kind.DESCRIBED);
        }
        if (s.headline) {
            NounPhrase np = NounPhrase.scan(s, at, false);
            if (np != null && np.person() && !np.plural()) {
                return one(start, np.end(), np.group(), Count.Kind.DESCRIBED);
            }
        }
        if (singles != Singles.NAMED_OR_PRONOUN) {
            return null;
        }
        if (s.has(at, Word.PRONOUN)) {
            return one(start, at + 1, null, Count.Kind.PRONOUN);
        }
        Names.Name name = Names.scan(s, at);
        return name == null ? null
                : one(start, name.end(), name.security() ? VictimGroup.SECURITY_FORCES : null, Count.Kind.NAMED);
    }

    private static Count one(int start, int end, VictimGroup group, Count.Kind kind) {
        return new Count(start, end, 1, Qualifier.EXACT, null, false, group, group == null, kind);
    }
}
