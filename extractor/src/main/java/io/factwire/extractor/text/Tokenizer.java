package io.factwire.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into tokens in one pass over its chars (no regex). Words keep internal apostrophes
 * ("didn't"), a possessive {@code 's} becomes its own token, digits keep their separators ("1,000", "2.5",
 * "6:41"), hyphens and dashes are tokens of their own (so "twenty-five" and "10-15" reach the number parser as
 * three tokens with {@link Token#spaceBefore()} false), and known abbreviations keep their final period.
 * Stateless and thread-safe.
 */
public final class Tokenizer {
    /** Abbreviations whose final period belongs to the word (titles, months, US states, corporate suffixes). */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "st", "jr", "sr", "gen", "lt", "col", "maj", "capt",
            "cpt", "sgt", "cpl", "pvt", "cmdr", "adm", "insp", "supt", "det", "const", "cst", "snr", "comr", "gov",
            "sen", "rep", "pres", "atty", "no", "nos", "vs", "inc", "corp", "co", "ltd", "dept", "est", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
            "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
            "tex", "va", "vt", "wash", "wis", "wyo", "mt", "ft", "ave", "blvd", "rd");

    private Tokenizer() {
    }

    /** Tokenizes {@code text[from, to)}; token offsets are offsets into {@code text}. */
    public static List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 5));
        StringBuilder norm = new StringBuilder(32);
        boolean space = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || Character.isISOControl(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            norm.setLength(0);
            Token.Kind kind;
            if (Character.isDigit(c)) {
                i = scanNumber(text, i, to, norm);
                kind = Token.Kind.NUMBER;
                if (i < to && Character.isLetter(text.charAt(i))) {
                    i = scanWord(text, i, to, norm); // "10km", "1950s", "5th": not counts
                    kind = Token.Kind.WORD;
                }
            } else if (Character.isLetter(c)) {
                i = scanWord(text, i, to, norm);
                kind = Token.Kind.WORD;
            } else if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))) && !space) {
                norm.append("'s");
                i += 2;
                kind = Token.Kind.WORD;
            } else {
                norm.append(foldPunctuation(c));
                i++;
                kind = Token.Kind.PUNCT;
            }
            tokens.add(new Token(norm.toString(), kind, start, i, Character.isUpperCase(c), space));
            space = false;
        }
        return tokens;
    }

    private static int scanNumber(CharSequence text, int i, int to, StringBuilder norm) {
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                norm.append(c);
                i++;
            } else if ((c == ',' || c == '.' || c == ':') && i + 1 < to && Character.isDigit(text.charAt(i + 1))
                    && norm.length() > 0) {
                norm.append(c);
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int scanWord(CharSequence text, int i, int to, StringBuilder norm) {
        int wordStart = norm.length();
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                norm.append(Character.toLowerCase(c));
                i++;
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && !isPossessiveS(text, i, to)) {
                norm.append('\'');
                i++;
            } else if (c == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && norm.length() - wordStart <= 2 && isDottedAbbreviation(text, i, to)) {
                norm.append('.'); // "U.S.", "p.m."
                i++;
            } else {
                break;
            }
        }
        if (i < to && text.charAt(i) == '.') {
            String word = norm.substring(wordStart);
            if (word.indexOf('.') > 0 || ABBREVIATIONS.contains(word)
                    || (word.length() == 1 && Character.isUpperCase(text.charAt(i - 1)))) {
                norm.append('.');
                i++;
            }
        }
        return i;
    }

    private static boolean isDottedAbbreviation(CharSequence text, int dot, int to) {
        // "U.S." / "p.m.": a single letter follows the dot, then another dot
        return dot + 2 < to && text.charAt(dot + 2) == '.'
                || dot + 2 >= to || !Character.isLetter(text.charAt(dot + 2));
    }

    private static boolean isPossessiveS(CharSequence text, int apostrophe, int to) {
        char next = text.charAt(apostrophe + 1);
        return (next == 's' || next == 'S')
                && (apostrophe + 2 >= to || !Character.isLetter(text.charAt(apostrophe + 2)));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    private static char foldPunctuation(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
            case '\u2018', '\u2019', '`' -> '\'';
            default -> c;
        };
    }
}
