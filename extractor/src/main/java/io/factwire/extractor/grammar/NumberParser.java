package io.factwire.extractor.grammar;

import io.factwire.extractor.grammar.Word.NumberKind;

/**
 * Reads a number written in digits or words at a token: "353", "1,000", "2.5 million", "twenty-five",
 * "a hundred", "two hundred and fifty", "a dozen", "half a dozen", and the vague plurals ("dozens" = 24,
 * "scores" = 40, "hundreds" = 200, "thousands" = 2000, "tens of thousands" = 20000). A number that is part of a
 * compound modifier ("10-year-old", "6.1-magnitude"), a time ("6:41") or a bare decimal ("6.1") is no number.
 */
final class NumberParser {
    /** A number and the token after it; {@code year} marks a plain four-digit 1900-2099 figure. */
    record Parsed(long value, int end, boolean vague, boolean year) {
    }

    private static final long MAX = 10_000_000_000L;

    private NumberParser() {
    }

    static Parsed parse(Sentence s, int i) {
        if (s.isNumber(i)) {
            return digits(s, i);
        }
        if (s.is(i, "half") && (s.is(i + 1, "a") || s.is(i + 1, "an")) && s.is(i + 2, "dozen")) {
            return compound(s, i + 3) ? null : new Parsed(6, i + 3, false, false);
        }
        if ((s.is(i, "a") || s.is(i, "an")) && s.word(i + 1).numberKind != null) {
            NumberKind kind = s.word(i + 1).numberKind;
            if (kind == NumberKind.SCALE || kind == NumberKind.DOZEN) {
                return words(s, i + 1, 1);
            }
            return null;
        }
        if ((s.is(i, "several") || s.is(i, "few")) && s.word(i + 1).numberKind == NumberKind.DOZEN) {
            return new Parsed(24, i + 2, true, false); // "several dozen": vague, as "dozens" (CLAIMS.md)
        }
        NumberKind kind = s.word(i).numberKind;
        if (kind == null) {
            return null;
        }
        if (kind == NumberKind.DOZEN && (s.is(i - 1, "several") || s.is(i - 1, "few"))) {
            return new Parsed(24, i + 1, true, false);
        }
        if (kind == NumberKind.VAGUE) {
            return vague(s, i);
        }
        return words(s, i, 0);
    }

    private static Parsed digits(Sentence s, int i) {
        String text = s.norm(i);
        if (text.indexOf(':') >= 0 || compound(s, i + 1)) {
            return null;
        }
        boolean decimal = text.indexOf('.') >= 0;
        String plain = text.replace(",", "");
        if (plain.length() > 12 || plain.indexOf('.') != plain.lastIndexOf('.')) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
        int end = i + 1;
        Word next = s.word(end);
        if (next.numberKind == NumberKind.SCALE && next.value >= 1000) {
            value *= next.value;
            end++;
        } else if (decimal) {
            return null;
        }
        if (value > MAX || value != Math.floor(value)) {
            return null;
        }
        boolean year = !decimal && text.length() == 4 && value >= 1900 && value <= 2099;
        return new Parsed((long) value, end, false, year);
    }

    /** Number words from {@code i}: units, teens, tens (with a hyphenated unit), scales, "and" after hundred. */
    private static Parsed words(Sentence s, int i, long startValue) {
        long total = 0;
        long current = startValue;
        NumberKind last = null;
        int j = i;
        while (j < s.size) {
            Word w = s.word(j);
            NumberKind kind = w.numberKind;
            boolean small = kind == NumberKind.UNIT || kind == NumberKind.TEEN;
            if (small && (last == NumberKind.UNIT || last == NumberKind.TEEN)
                    || kind == NumberKind.TEN && last != null && last != NumberKind.SCALE) {
                break; // "one two", "five twenty": two numbers, not one
            }
            if (small || kind == NumberKind.TEN) {
                current += w.value;
                j++;
                if (kind == NumberKind.TEN && s.attachedHyphen(j) && s.word(j + 1).numberKind == NumberKind.UNIT) {
                    current += s.word(j + 1).value;
                    j += 2;
                }
            } else if (kind == NumberKind.SCALE || kind == NumberKind.DOZEN) {
                current = Math.max(current, 1) * w.value;
                if (w.value >= 1000) {
                    total += current;
                    current = 0;
                }
                j++;
                if (s.is(j, "and") && isSmallNumberWord(s.word(j + 1))) {
                    j++;
                }
            } else {
                break;
            }
            last = kind;
        }
        if (j == i || compound(s, j) || total + current > MAX) {
            return null;
        }
        return new Parsed(total + current, j, false, false);
    }

    private static boolean isSmallNumberWord(Word w) {
        return w.numberKind == NumberKind.UNIT || w.numberKind == NumberKind.TEEN || w.numberKind == NumberKind.TEN;
    }

    private static Parsed vague(Sentence s, int i) {
        long value = s.word(i).value;
        int end = i + 1;
        if ((s.is(i, "tens") || s.is(i, "hundreds")) && s.is(i + 1, "of")
                && (s.is(i + 2, "thousands") || s.is(i + 2, "millions"))) {
            value = (s.is(i, "tens") ? 10 : 100) * s.word(i + 2).value;
            end = i + 3;
        }
        if (s.is(i, "scores") && !s.is(end, "of") && s.word(end).outcome == null && !s.has(end, Word.AUX)) {
            return null; // "scores" is a figure only in "scores of", "scores were killed"
        }
        return new Parsed(value, end, true, false);
    }

    /** The number is the first part of a hyphenated modifier: "10-year-old", "two-storey", "6.1-magnitude". */
    private static boolean compound(Sentence s, int after) {
        return s.attachedHyphen(after) && s.token(after + 1).isWord() && s.word(after + 1).numberKind == null;
    }
}
