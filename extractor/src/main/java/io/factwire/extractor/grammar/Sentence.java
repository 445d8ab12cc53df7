package io.factwire.extractor.grammar;

import io.factwire.extractor.text.Token;
import java.util.List;

/** A tokenized sentence with each token's lexicon entry looked up once; out-of-range indexes read as nothing. */
final class Sentence {
    final List<Token> tokens;
    final Word[] words;
    final int size;
    /** A headline or caption line: no final period, so articles may be dropped ("Gunman kills 1"). */
    final boolean headline;

    Sentence(List<Token> tokens) {
        this.tokens = tokens;
        this.size = tokens.size();
        this.words = new Word[size];
        this.headline = size > 0 && !tokens.get(size - 1).is(".") && !tokens.get(size - 1).is("\"");
        for (int i = 0; i < size; i++) {
            Word w = Lexicon.lookup(tokens.get(i).norm());
            // a WordNet common noun written with a capital inside a sentence is a name ("Baker", "Judge Smith")
            words[i] = w.has(Word.FROM_WORDNET) && w.isPerson() && !headline && i > 0 && tokens.get(i).capitalized()
                    && !isQuote(i - 1) ? Word.NONE : w;
        }
    }

    String norm(int i) {
        return i >= 0 && i < size ? tokens.get(i).norm() : "";
    }

    boolean is(int i, String lowercase) {
        return i >= 0 && i < size && tokens.get(i).norm().equals(lowercase);
    }

    Word word(int i) {
        return i >= 0 && i < size ? words[i] : Word.NONE;
    }

    boolean has(int i, int flag) {
        return word(i).has(flag);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    boolean isPunct(int i) {
        return i >= 0 && i < size && tokens.get(i).kind() == Token.Kind.PUNCT;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && tokens.get(i).isNumber();
    }

    boolean capitalized(int i) {
        return i >= 0 && i < size && tokens.get(i).capitalized() && tokens.get(i).isWord();
    }

    /** The token is a hyphen written without spaces around it, as in "twenty-five" or "10-year-old". */
    boolean attachedHyphen(int i) {
        return is(i, "-") && !tokens.get(i).spaceBefore() && i + 1 < size && !tokens.get(i + 1).spaceBefore();
    }

    boolean isQuote(int i) {
        return is(i, "\"") || is(i, "'");
    }
}
