package io.factwire.extractor.text;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param norm        the lowercase form with typographic quotes, apostrophes and dashes folded to ASCII
 *                    ({@code "Kazakhstan’s"} gives {@code kazakhstan} then {@code 's}; every dash is {@code -})
 * @param kind        word, number (digits, maybe with separators) or punctuation
 * @param start       offset of the first char in the text that was tokenized
 * @param end         offset after the last char
 * @param capitalized the first char is an uppercase letter
 * @param spaceBefore whitespace separates it from the token before (false for "twenty-five"'s hyphen)
 */
public record Token(String norm, Kind kind, int start, int end, boolean capitalized, boolean spaceBefore) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean is(String lowercase) {
        return norm.equals(lowercase);
    }
}
